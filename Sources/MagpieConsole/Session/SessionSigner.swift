import Crypto
import Foundation

/// Seals sessions into cookie values and opens them again: the JSON payload, base64url, a dot,
/// and an HMAC-SHA256 over the payload. Any server holding the key (every process sharing the
/// database) can open a cookie another issued; a changed byte fails the check.
struct SessionSigner: Sendable {
    let key: SymmetricKey

    init(secret: String) {
        key = SymmetricKey(data: SHA256.hash(data: Data(("magpie-console|" + secret).utf8)))
    }

    func seal(_ session: ConsoleSession) -> String {
        let payload = Self.base64URL((try? JSONEncoder().encode(session)) ?? Data())
        let mac = HMAC<SHA256>.authenticationCode(for: Data(payload.utf8), using: key)
        return payload + "." + Self.base64URL(Data(mac))
    }

    func open(_ value: String) -> ConsoleSession? {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let mac = Self.data(base64URL: String(parts[1])),
              HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: Data(parts[0].utf8), using: key),
              let json = Self.data(base64URL: String(parts[0]))
        else { return nil }
        return try? JSONDecoder().decode(ConsoleSession.self, from: json)
    }

    /// A random token for CSRF fields.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return base64URL(Data((0..<24).map { _ in UInt8.random(in: 0...255, using: &generator) }))
    }

    /// Compares without stopping at the first difference, so timing does not reveal a prefix.
    static func sameToken(_ left: String, _ right: String) -> Bool {
        let left = Array(left.utf8), right = Array(right.utf8)
        guard left.count == right.count, !left.isEmpty else { return false }
        return zip(left, right).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func data(base64URL text: String) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64)
    }
}
