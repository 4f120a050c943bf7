import Foundation
import HTTPTypes
import Synchronization
import Testing

/// A browser's part in console tests: keeps the cookies the console sets and the CSRF token of
/// the last page it loaded, and posts forms the way a browser does.
final class ConsoleAgent: Sendable {
    let session: TestSession
    private let state = Mutex<(cookies: [String: String], csrf: String?)>(([:], nil))

    init(_ session: TestSession) {
        self.session = session
    }

    var csrf: String? { state.withLock { $0.csrf } }
    func cookie(_ name: String) -> String? { state.withLock { $0.cookies[name] } }

    func get(_ path: String) async throws -> TestReply {
        remember(try await session.send(.get, path, contentType: nil, headers: cookieHeader()))
    }

    /// Posts the fields form-encoded, with the CSRF token of the last page unless `csrf` says otherwise.
    func post(_ path: String, _ fields: [(String, String)] = [], csrf: String? = nil, withToken: Bool = true) async throws -> TestReply {
        var all = fields
        if withToken, let token = csrf ?? self.csrf { all.append(("_csrf", token)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return remember(try await session.send(
            .post, path, body: body, contentType: "application/x-www-form-urlencoded", headers: cookieHeader()
        ))
    }

    /// Loads the sign-in form and posts the credentials.
    @discardableResult
    func signIn(_ username: String = "admin", _ password: String = TestApp.adminPassword) async throws -> TestReply {
        _ = try await get("/admin/login")
        return try await post("/admin/login", [("username", username), ("password", password)])
    }

    func forget(_ name: String) { state.withLock { _ = $0.cookies.removeValue(forKey: name) } }

    private func cookieHeader() -> [String: String] {
        let cookies = state.withLock { $0.cookies }
        return cookies.isEmpty ? [:] : ["Cookie": cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
    }

    private func remember(_ reply: TestReply) -> TestReply {
        state.withLock { state in
            for line in reply.headers[values: .setCookie] {
                let pair = line.split(separator: ";")[0]
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let value = parts.count > 1 ? String(parts[1]) : ""
                if value.isEmpty { state.cookies.removeValue(forKey: String(parts[0])) } else { state.cookies[String(parts[0])] = value }
            }
            if let range = reply.text.range(of: #"name="_csrf" value=""#) {
                state.csrf = String(reply.text[range.upperBound...].prefix { $0 != "\"" })
            }
        }
        return reply
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension TestReply {
    var location: String? { headers[.location] }
}
