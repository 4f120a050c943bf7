import CommerceDomain
import Foundation
import HTTPTypes
import MagentoREST
import MagentoWire

/// The API explorer: every REST operation from the endpoint table, grouped by service, with its
/// ACL resource and parameters, and a form that sends the request as the signed-in admin.
///
/// The page's script posts to `/explorer/send`, which calls the REST pipeline in process with the
/// session's token, so the token never reaches the browser's scripts.
enum ExplorerPages {
    static let all = [
        ConsolePage(.get, "/explorer", access: .signedIn) { call in
            let groups = Dictionary(grouping: call.services.endpoints, by: \.service)
                .sorted { $0.key < $1.key }
                .map { service, endpoints -> [String: Any] in
                    ["service": service, "operations": endpoints.map { endpoint -> [String: Any] in
                        [
                            "method": endpoint.method.rawValue, "path": endpoint.path.description,
                            "operation": endpoint.operation, "summary": endpoint.summary,
                            "acl": endpoint.access.resourceNames.joined(separator: ", "),
                            "parameters": (endpoint.path.parameterNames.map { "\($0) (path)" }
                                + endpoint.queryArguments.map { "\($0.name) (query)" }
                                + endpoint.bodyArguments.map { "\($0.name) (body)" }).joined(separator: ", "),
                            "hasBody": endpoint.method == .post || endpoint.method == .put,
                        ]
                    }]
                }
            return call.page("explorer", title: "API explorer", ["groups": groups, "count": String(call.services.endpoints.count)])
        },
        ConsolePage(.post, "/explorer/send", access: .signedIn) { call in
            let method = HTTPRequest.Method(call.form["method"] ?? "GET") ?? .get
            var path = call.form["path"] ?? "/V1/store/storeViews"
            if !path.hasPrefix("/") { path = "/" + path }
            // A limited role may only send what its pages would allow: the route's ACL, checked here.
            let route = path.split(separator: "?").first.map(String.init) ?? path
            if let endpoint = call.services.endpoints.first(where: { $0.method == method && ConsolePage.match(pattern: $0.path.description, route) != nil }),
               case .resources(let names) = endpoint.access, !call.session.allows(names) {
                return ConsoleReply(status: .forbidden, contentType: "text/plain; charset=utf-8", body: "403: your role does not include \(names.joined(separator: ", ")).")
            }
            let answer = try await call.api.send(method, "/rest/default" + path, json: method == .get || method == .delete ? nil : call.form["body"])
            return ConsoleReply(status: .ok, contentType: "text/plain; charset=utf-8", body: "\(answer.status)\n\(answer.text)")
        },
    ]
}
