import CommerceDomain
import Foundation
import HTTPTypes
import MagentoREST
import MagentoWire

/// Webhook subscriptions (create, edit, test, delete) and their delivery log with redelivery,
/// each through the `/V1/webhooks…` route of the same name.
enum WebhookPages {
    static let access = ConsolePage.Access.route(.get, "/V1/webhooks")

    static let all = [
        WebhookDeliveryPage.page,
        ConsolePage(.get, "/webhooks", access: access) { call in
            let answer = try await call.api.get("/rest/V1/webhooks")
            let rows = (answer.json?.arrayValue ?? []).map { item -> Any in
                var row = item.templateValue as? [String: Any] ?? [:]
                row["topicList"] = (item["topics"]?.arrayValue ?? []).map(\.displayText).joined(separator: ", ")
                return row
            }
            return call.page("webhooks", title: "Webhooks", ["webhooks": rows])
        },
        ConsolePage(.post, "/webhooks", access: .route(.post, "/V1/webhooks")) { call in
            let answer = try await call.api.send(.post, "/rest/V1/webhooks", json: body(call.form))
            return answer.succeeded
                ? call.redirect("/webhooks/\(answer.json?["id"]?.displayText ?? "")", notice: "Subscription created.")
                : call.redirect("/webhooks", problem: answer.message)
        },
        ConsolePage(.get, "/webhooks/:id", access: .route(.get, "/V1/webhooks/:webhookId")) { call in
            let id = call.parameter("id")
            let (size, page) = call.paging
            async let subscription = call.api.get("/rest/V1/webhooks/\(id)")
            async let deliveries = call.api.get(
                "/rest/V1/webhooks/\(id)/deliveries?searchCriteria%5BpageSize%5D=\(size)&searchCriteria%5BcurrentPage%5D=\(page)"
                    + "&searchCriteria%5BsortOrders%5D%5B0%5D%5Bfield%5D=id&searchCriteria%5BsortOrders%5D%5B0%5D%5Bdirection%5D=DESC"
            )
            let found = try await subscription
            guard found.succeeded, let webhook = found.json else { return call.redirect("/webhooks", problem: found.message) }
            var values = webhook.templateValue as? [String: Any] ?? [:]
            values["topicList"] = (webhook["topics"]?.arrayValue ?? []).map(\.displayText).joined(separator: ", ")
            let log = try await deliveries.json
            values["deliveries"] = log?["items"]?.templateValue ?? []
            let total = Int(log?["total_count"]?.displayText ?? "") ?? 0
            values["pager"] = Pager(page: page, size: size, total: total, path: "\(call.prefix)/webhooks/\(id)").values
            return call.page("webhook", title: "Webhook \(webhook["name"]?.displayText ?? id)", values)
        },
        ConsolePage(.post, "/webhooks/:id", access: .route(.put, "/V1/webhooks/:webhookId")) { call in
            let answer = try await call.api.send(.put, "/rest/V1/webhooks/\(call.parameter("id"))", json: body(call.form))
            return answer.succeeded
                ? call.redirect("/webhooks/\(call.parameter("id"))", notice: "Subscription saved.")
                : call.redirect("/webhooks/\(call.parameter("id"))", problem: answer.message)
        },
        ConsolePage(.post, "/webhooks/:id/test", access: .route(.post, "/V1/webhooks/:webhookId/test")) { call in
            let answer = try await call.api.send(.post, "/rest/V1/webhooks/\(call.parameter("id"))/test")
            return answer.succeeded
                ? call.redirect("/webhooks/\(call.parameter("id"))", notice: "Test delivery \(answer.text) queued.")
                : call.redirect("/webhooks/\(call.parameter("id"))", problem: answer.message)
        },
        ConsolePage(.post, "/webhooks/:id/delete", access: .route(.delete, "/V1/webhooks/:webhookId")) { call in
            let answer = try await call.api.send(.delete, "/rest/V1/webhooks/\(call.parameter("id"))")
            return answer.succeeded
                ? call.redirect("/webhooks", notice: "Subscription deleted.")
                : call.redirect("/webhooks", problem: answer.message)
        },
        ConsolePage(.post, "/webhooks/:id/deliveries/:delivery/redeliver", access: .route(.post, "/V1/webhooks/deliveries/:deliveryId/redeliver")) { call in
            let answer = try await call.api.send(.post, "/rest/V1/webhooks/deliveries/\(call.parameter("delivery"))/redeliver")
            return answer.succeeded
                ? call.redirect("/webhooks/\(call.parameter("id"))", notice: "Delivery \(call.parameter("delivery")) sent again.")
                : call.redirect("/webhooks/\(call.parameter("id"))", problem: answer.message)
        },
    ]

    /// `{"webhook": {...}}` from the form; a blank secret is left out (REST keeps or makes one).
    static func body(_ form: FormFields) -> String {
        var fields: [(String, JSONValue)] = []
        if let name = form["name"] { fields.append(("name", .string(name))) }
        if let url = form["url"] { fields.append(("url", .string(url))) }
        if let secret = form["secret"] { fields.append(("secret", .string(secret))) }
        if let topics = form["topics"] {
            let list = topics.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            fields.append(("topics", .array(list.map(JSONValue.string))))
        }
        fields.append(("active", .bool(form["active"] != nil)))
        let body = JSONValue.object(JSONObject([("webhook", .object(JSONObject(fields)))]))
        return String(decoding: body.serialized(), as: UTF8.self)
    }
}
