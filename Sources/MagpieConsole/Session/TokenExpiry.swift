import Foundation

/// When the admin token a session carries stops working: the JWT's `exp` claim. A session in
/// constant use never idles out, so without this it would outlive its token and every page
/// would fail; it ends with the token instead, and the admin signs in again.
enum TokenExpiry {
    static func seconds(of token: String) -> Double? {
        let parts = token.split(separator: ".")
        guard parts.count == 3, let payload = SessionSigner.data(base64URL: String(parts[1])),
              let claims = try? JSONSerialization.jsonObject(with: payload) as? [String: Any]
        else { return nil }
        return (claims["exp"] as? NSNumber)?.doubleValue
    }
}
