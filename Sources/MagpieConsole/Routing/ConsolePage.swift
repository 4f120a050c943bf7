import Foundation
import HTTPTypes
import MagentoREST

/// One page or action of the console: method, path under the prefix, who may use it, handler.
struct ConsolePage: Sendable {
    /// Who may use a page: the same resources as a REST route (looked up in the endpoint table,
    /// so the two cannot drift apart), resources named here when REST has no such route, or any
    /// signed-in admin.
    enum Access: Sendable {
        case route(HTTPRequest.Method, String)
        case resources([String])
        case signedIn
    }

    var method: HTTPRequest.Method
    var path: String
    var access: Access
    var handler: @Sendable (ConsoleCall) async throws -> ConsoleReply

    init(_ method: HTTPRequest.Method, _ path: String, access: Access, handler: @escaping @Sendable (ConsoleCall) async throws -> ConsoleReply) {
        self.method = method
        self.path = path
        self.access = access
        self.handler = handler
    }

    /// The path parameters when `path` (relative to the prefix) is this page's, else nil.
    func match(_ method: HTTPRequest.Method, _ path: String) -> [String: String]? {
        method == self.method ? Self.match(pattern: self.path, path) : nil
    }

    static func match(pattern: String, _ path: String) -> [String: String]? {
        let pattern = pattern.split(separator: "/"), actual = path.split(separator: "/")
        guard pattern.count == actual.count else { return nil }
        var parameters: [String: String] = [:]
        for (expected, given) in zip(pattern, actual) {
            if expected.hasPrefix(":") {
                parameters[String(expected.dropFirst())] = String(given).removingPercentEncoding ?? String(given)
            } else if expected != given {
                return nil
            }
        }
        return parameters
    }

    /// The resources the page needs, resolved against the endpoint table.
    func resources(in endpoints: [Endpoint]) -> [String] {
        switch access {
        case .signedIn: return []
        case .resources(let names): return names
        case .route(let method, let template):
            let endpoint = endpoints.first { $0.method == method && $0.path.description == template }
            guard case .resources(let names) = endpoint?.access else {
                // A page mirroring a route that is not served: refuse rather than open it.
                return ["Magento_Backend::all"]
            }
            return names
        }
    }
}
