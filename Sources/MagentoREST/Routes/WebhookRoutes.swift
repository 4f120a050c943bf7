import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// `/V1/webhooks…`: manage subscriptions, send a test, read and replay the delivery log.
public struct WebhookRoutes: Sendable {
    let webhooks: any WebhookRepository
    let clock: any CommerceClock

    public init(webhooks: any WebhookRepository, clock: any CommerceClock) {
        self.webhooks = webhooks
        self.clock = clock
    }

    static let access = EndpointAccess.resources(["Magpie_Webhooks::manage"])
    static let service = "magpieWebhookRepositoryV1"

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/webhooks", access: Self.access, service: Self.service, operation: "getList",
                     summary: "All webhook subscriptions.") { [webhooks] _ in
                try await webhooks.subscriptions().map(Self.wire)
            },
            Endpoint(.post, "/V1/webhooks", access: Self.access, service: Self.service, operation: "create",
                     summary: "Subscribe a URL to event types.", body: [.required("webhook", Webhook.self)]) { [webhooks] call in
                let input = try call.argument("webhook", as: Webhook.self)
                try Self.validate(input, creating: true)
                return Self.wire(try await webhooks.create(
                    name: input.name ?? "", url: input.url ?? "", secret: input.secret ?? Self.newSecret(),
                    topics: input.topics ?? [], isActive: input.active ?? true
                ))
            },
            Endpoint(.get, "/V1/webhooks/:webhookId", access: Self.access, service: Self.service, operation: "get",
                     summary: "One subscription.") { [webhooks] call in
                Self.wire(try await webhooks.subscription(id: try call.argument("webhookId", as: Int.self)))
            },
            Endpoint(.put, "/V1/webhooks/:webhookId", access: Self.access, service: Self.service, operation: "update",
                     summary: "Change a subscription; omitted fields keep their value.", body: [.required("webhook", Webhook.self)]) { [webhooks] call in
                var stored = try await webhooks.subscription(id: try call.argument("webhookId", as: Int.self))
                let input = try call.argument("webhook", as: Webhook.self)
                try Self.validate(input, creating: false)
                stored.name = input.name ?? stored.name
                stored.url = input.url ?? stored.url
                stored.secret = input.secret ?? stored.secret
                stored.topics = input.topics ?? stored.topics
                stored.isActive = input.active ?? stored.isActive
                return Self.wire(try await webhooks.update(stored))
            },
            Endpoint(.delete, "/V1/webhooks/:webhookId", access: Self.access, service: Self.service, operation: "delete",
                     summary: "Remove a subscription and its delivery log.") { [webhooks] call in
                try await webhooks.delete(id: try call.argument("webhookId", as: Int.self))
                return true
            },
            Endpoint(.post, "/V1/webhooks/:webhookId/test", access: Self.access, service: Self.service, operation: "test",
                     summary: "Queue a `webhook.test` delivery to this subscription only; returns the delivery's id.") { [webhooks] call in
                try await webhooks.sendTest(subscriptionId: try call.argument("webhookId", as: Int.self))
            },
            .search("/V1/webhooks/:webhookId/deliveries", access: Self.access, service: Self.service,
                    operation: "getDeliveries", summary: "The subscription's delivery log.") { [webhooks] criteria, call in
                try await webhooks.deliveries(subscriptionId: try call.argument("webhookId", as: Int.self), criteria: criteria)
            },
            Endpoint(.post, "/V1/webhooks/deliveries/:deliveryId/redeliver", access: Self.access, service: Self.service,
                     operation: "redeliver", summary: "Send a delivery again, now.") { [webhooks, clock] call in
                try await webhooks.redeliver(deliveryId: try call.argument("deliveryId", as: Int.self), now: clock.now())
                return true
            },
        ]
    }

    static func validate(_ input: Webhook, creating: Bool) throws {
        var errors: [CommerceError] = []
        if creating || input.name != nil, (input.name ?? "").isEmpty { errors.append(.required("name")) }
        if creating || input.url != nil {
            let url = URL(string: input.url ?? "")
            if url?.scheme != "http" && url?.scheme != "https" || url?.host == nil {
                errors.append(.invalidInputNamed(
                    message: "Invalid value of \"%value\" provided for the %fieldName field.",
                    parameters: ["value": input.url ?? "", "fieldName": "url"]
                ))
            }
        }
        if creating || input.topics != nil, (input.topics ?? []).isEmpty { errors.append(.required("topics")) }
        if !errors.isEmpty { throw CommerceError.multipleInputErrors(errors) }
    }

    static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return "whsec_" + (0..<24).map { _ in UInt8.random(in: 0...255, using: &generator) }.lowercaseHex
    }

    static func wire(_ subscription: WebhookSubscription) -> Webhook {
        Webhook(
            id: subscription.id, name: subscription.name, url: subscription.url, secret: subscription.secret,
            topics: subscription.topics, active: subscription.isActive,
            createdAt: subscription.createdAt, updatedAt: subscription.updatedAt
        )
    }
}
