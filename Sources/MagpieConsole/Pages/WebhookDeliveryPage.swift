import Foundation
import HTTPTypes
import MagentoREST
import MagentoWire

/// One delivery: the request Magpie sends (headers and the event as JSON body), the receiver's
/// last answer, attempts, and how to check the signature.
///
/// The delivery log keeps status codes, not bodies or send times, so the body is the event as the
/// change feed holds it (the deliverer encodes the same record) and the signature's timestamp is
/// the one of each attempt, not stored.
enum WebhookDeliveryPage {
    static let page = ConsolePage(.get, "/webhooks/:id/deliveries/:delivery", access: .route(.get, "/V1/webhooks/:webhookId")) { call in
        let id = call.parameter("id"), deliveryId = call.parameter("delivery")
        let filter = "searchCriteria%5BfilterGroups%5D%5B0%5D%5Bfilters%5D%5B0%5D"
        let found = try await call.api.get(
            "/rest/V1/webhooks/\(id)/deliveries?\(filter)%5Bfield%5D=id&\(filter)%5Bvalue%5D=\(ConsoleCall.queryEncoded(deliveryId))"
        )
        guard let delivery = found.json?["items"]?.arrayValue?.first else {
            return call.redirect("/webhooks/\(id)", problem: found.succeeded ? "No delivery \(deliveryId) for this subscription." : found.message)
        }
        let eventId = Int64(delivery["event_id"]?.displayText ?? "") ?? 0
        let feed = try await call.api.get("/rest/V1/events?after=\(max(eventId - 1, 0))&limit=1").json
        let event = feed?["items"]?.arrayValue?.first { $0["event_id"]?.displayText == String(eventId) }
        var values = delivery.templateValue as? [String: Any] ?? [:]
        values["webhookId"] = id
        values["body"] = event?.displayText as Any
        values["headers"] = [
            ["name": "Content-Type", "value": "application/json"],
            ["name": "User-Agent", "value": "Magpie-Webhooks/1"],
            ["name": "Magpie-Signature", "value": "t=<unix time of the attempt>,v1=<hex HMAC-SHA256 of \"t.body\" under the secret>"],
            ["name": "Magpie-Delivery-Id", "value": delivery["delivery_id"]?.displayText ?? ""],
            ["name": "Magpie-Event-Id", "value": String(eventId)],
            ["name": "Magpie-Event-Type", "value": delivery["event_type"]?.displayText ?? ""],
        ]
        return call.page("webhook_delivery", title: "Delivery \(deliveryId)", values)
    }
}
