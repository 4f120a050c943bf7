import HTTPTypes
import Hummingbird

/// Reading the `Cookie` header and writing the console's `Set-Cookie` lines.
enum Cookies {
    static let session = "magpie_console"
    /// Holds the sign-in form's CSRF token before there is a session (double submit).
    static let signIn = "magpie_console_signin"

    static func value(named name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let trimmed = pair.drop { $0 == " " }
                guard let equals = trimmed.firstIndex(of: "=") else { continue }
                if trimmed[..<equals] == name { return String(trimmed[trimmed.index(after: equals)...]) }
            }
        }
        return nil
    }

    /// `HttpOnly` keeps it from scripts, `SameSite=Strict` from other sites' forms and links,
    /// `Secure` (over https) from plain-text connections.
    static func line(name: String, value: String, path: String, secure: Bool, maxAge: Int? = nil) -> String {
        var line = "\(name)=\(value); Path=\(path); HttpOnly; SameSite=Strict"
        if let maxAge { line += "; Max-Age=\(maxAge)" }
        if secure { line += "; Secure" }
        return line
    }
}
