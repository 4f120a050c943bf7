import Foundation
import OAuth1

extension MagentoClient {
    /// The `Authorization` value for one attempt, and the token it used (for a later refresh).
    /// OAuth signatures are computed per attempt: each needs a fresh nonce and timestamp.
    func authorization(for method: HTTPMethod, url: String) async throws -> (header: String?, token: String?) {
        switch configuration.credentials {
        case .none:
            return (nil, nil)
        case .bearer(let token):
            return ("Bearer \(token)", token)
        case .oauth(let credentials):
            let header = credentials.signer.authorization(
                httpMethod: method.rawValue, url: url,
                timestamp: String(Int(Date().timeIntervalSince1970)), nonce: Self.nonce()
            )
            guard let header else { throw MagentoClientError.invalidRequest("cannot sign a request to \(url)") }
            return (header, nil)
        case .admin(let username, let password):
            let token = try await session.current { try await self.login(["integration", "admin", "token"], username, password) }
            return ("Bearer \(token)", token)
        case .customer(let username, let password):
            let token = try await session.current { try await self.login(["integration", "customer", "token"], username, password) }
            return ("Bearer \(token)", token)
        }
    }

    private func login(_ path: [String], _ username: String, _ password: String) async throws -> String {
        var request = try MagentoRequest<String>(.post, path, object: [("username", username), ("password", password)])
        request.authenticated = false
        // A token request must never be answered from an idempotency store's replay.
        return try await send(request, withIdempotencyKey: false)
    }

    static func nonce() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(UInt8.random(in: 0...255, using: &generator), radix: 16) }.joined()
    }
}
