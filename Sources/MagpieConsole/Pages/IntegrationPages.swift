import CommerceDomain
import Foundation
import HTTPTypes
import MagentoREST
import MagentoWire

/// Integrations: list, create with Magento's ACL tree, show credentials once, activate (with
/// the OAuth handshake when the integration has a callback URL), rotate, delete. Each action is
/// the REST call of the same name.
enum IntegrationPages {
    static let access = ConsolePage.Access.route(.get, "/V1/integrations")

    static let all = [
        ConsolePage(.get, "/integrations", access: access) { call in
            let answer = try await call.api.get("/rest/V1/integrations")
            let rows = (answer.json?.arrayValue ?? []).map { item -> [String: Any] in
                var row = item.objectValue.map { object in
                    Dictionary(object.keys.map { ($0, object[$0]?.templateValue as Any) }, uniquingKeysWith: { first, _ in first })
                } ?? [:]
                row["resourceCount"] = String(item["resources"]?.arrayValue?.count ?? 0)
                row["active"] = item["status"]?.displayText == "1" || item["status"]?.displayText == "active" ? true : nil
                return row
            }
            return call.page("integrations", title: "Integrations", ["integrations": rows, "acl": AclTreeView.nodes()])
        },
        ConsolePage(.post, "/integrations", access: .route(.post, "/V1/integrations")) { call in
            var fields: [(String, JSONValue)] = [
                ("name", .string(call.form["name"] ?? "")),
                ("resources", .array(call.form.all("resources").map(JSONValue.string))),
            ]
            if let email = call.form["email"] { fields.append(("email", .string(email))) }
            if let endpoint = call.form["endpoint"] { fields.append(("endpoint", .string(endpoint))) }
            let body = JSONValue.object(JSONObject([("integration", .object(JSONObject(fields)))]))
            let answer = try await call.api.send(.post, "/rest/V1/integrations", json: String(decoding: body.serialized(), as: UTF8.self))
            guard answer.succeeded, let created = answer.json else {
                return call.redirect("/integrations", problem: answer.message)
            }
            return credentials(call, created, heading: "Integration created")
        },
        ConsolePage(.post, "/integrations/:id/activate", access: .route(.post, "/V1/integrations/:integrationId/activate")) { call in
            let answer = try await call.api.send(.post, "/rest/V1/integrations/\(call.parameter("id"))/activate")
            guard answer.succeeded, let integration = answer.json else {
                return call.redirect("/integrations", problem: answer.message)
            }
            let handshake = integration["access_token"] == nil
            return credentials(call, integration, heading: handshake ? "Handshake started: the callback URL received the consumer key and verifier" : "Access token issued")
        },
        ConsolePage(.post, "/integrations/:id/delete", access: .route(.delete, "/V1/integrations/:integrationId")) { call in
            let answer = try await call.api.send(.delete, "/rest/V1/integrations/\(call.parameter("id"))")
            return answer.succeeded
                ? call.redirect("/integrations", notice: "Integration deleted; its tokens no longer work.")
                : call.redirect("/integrations", problem: answer.message)
        },
    ]

    /// Keys and tokens are on this page only: the list never shows them again.
    static func credentials(_ call: ConsoleCall, _ integration: JSONValue, heading: String) -> ConsoleReply {
        call.page("integration_credentials", title: heading, [
            "id": integration["id"]?.displayText ?? "",
            "name": integration["name"]?.displayText ?? "",
            "consumerKey": integration["consumer_key"]?.displayText ?? "",
            "consumerSecret": integration["consumer_secret"]?.displayText ?? "",
            "accessToken": integration["access_token"]?.displayText as Any,
            "accessTokenSecret": integration["access_token_secret"]?.displayText as Any,
        ])
    }
}

/// Magento's ACL resource tree as nested checkboxes, built from `AclTree.parents`.
enum AclTreeView {
    static func nodes() -> [[String: Any]] {
        var children: [String: [String]] = [:]
        for (child, parent) in AclTree.parents { children[parent, default: []].append(child) }
        // Every node sets both keys, even when empty: Mustache would otherwise find the
        // parent's `children` up the context stack and recurse forever.
        func node(_ resource: String) -> [String: Any] {
            let below = (children[resource] ?? []).sorted()
            return ["resource": resource, "hasChildren": !below.isEmpty, "children": below.map(node)]
        }
        return [node("Magento_Backend::admin")]
    }
}
