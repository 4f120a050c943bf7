import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Webhook subscriptions and deliveries.
public struct SQLWebhookRepository: WebhookRepository {
    let provider: any DatabaseProvider
    let clock: any CommerceClock

    public init(provider: any DatabaseProvider, clock: any CommerceClock) {
        self.provider = provider
        self.clock = clock
    }

    /// Sent by `POST /V1/webhooks/:id/test` to one subscription only; never dispatched to others.
    public static let testEventType = "webhook.test"

    public func create(name: String, url: String, secret: String, topics: [String], isActive: Bool) async throws -> WebhookSubscription {
        let now = MagentoTimestamp.string(from: clock.now())
        return try await provider.transaction { db in
            let row = try await db.raw("""
                INSERT INTO magpie_webhook (name, url, secret, topics, is_active, created_at, updated_at)
                VALUES (\(bind: name), \(bind: url), \(bind: secret), \(bind: topics.joined(separator: ",")),
                        \(bind: isActive ? 1 : 0), \(bind: now), \(bind: now))
                RETURNING webhook_id
                """).first()
            let id = try row?.decode(column: "webhook_id", as: Int.self) ?? 0
            try await Outbox.append(DomainEvent(type: "webhook.created", entityType: "webhook", entityId: String(id)), on: db, at: now)
            // A subscription hears only what happens after it exists, its own creation included.
            try await db.raw("""
                UPDATE magpie_webhook SET since_event_id = (SELECT COALESCE(MAX(event_id), 0) FROM magpie_event)
                WHERE webhook_id = \(bind: id)
                """).run()
            return try await Self.subscription(id: id, on: db)
        }
    }

    public func update(_ subscription: WebhookSubscription) async throws -> WebhookSubscription {
        let now = MagentoTimestamp.string(from: clock.now())
        return try await provider.transaction { db in
            _ = try await Self.subscription(id: subscription.id, on: db)
            try await db.raw("""
                UPDATE magpie_webhook SET name = \(bind: subscription.name), url = \(bind: subscription.url),
                    secret = \(bind: subscription.secret), topics = \(bind: subscription.topics.joined(separator: ",")),
                    is_active = \(bind: subscription.isActive ? 1 : 0), updated_at = \(bind: now)
                WHERE webhook_id = \(bind: subscription.id)
                """).run()
            try await Outbox.append(DomainEvent(type: "webhook.updated", entityType: "webhook", entityId: String(subscription.id)), on: db, at: now)
            return try await Self.subscription(id: subscription.id, on: db)
        }
    }

    public func delete(id: Int) async throws {
        let now = MagentoTimestamp.string(from: clock.now())
        try await provider.transaction { db in
            _ = try await Self.subscription(id: id, on: db)
            try await db.raw("DELETE FROM magpie_webhook_delivery WHERE webhook_id = \(bind: id)").run()
            try await db.raw("DELETE FROM magpie_webhook WHERE webhook_id = \(bind: id)").run()
            try await Outbox.append(DomainEvent(type: "webhook.deleted", entityType: "webhook", entityId: String(id)), on: db, at: now)
        }
    }

    public func subscription(id: Int) async throws -> WebhookSubscription {
        try await provider.read { db in try await Self.subscription(id: id, on: db) }
    }

    public func subscriptions() async throws -> [WebhookSubscription] {
        try await provider.read { db in
            try await db.raw("SELECT * FROM magpie_webhook ORDER BY webhook_id").all().map(Self.subscription(from:))
        }
    }

    static func subscription(id: Int, on db: any SQLDatabase) async throws -> WebhookSubscription {
        guard let row = try await db.raw("SELECT * FROM magpie_webhook WHERE webhook_id = \(bind: id)").first() else {
            throw CommerceError.noSuchEntity(field: "webhookId", value: String(id))
        }
        return try subscription(from: row)
    }

    static func subscription(from row: any SQLRow) throws -> WebhookSubscription {
        WebhookSubscription(
            id: try row.decode(column: "webhook_id", as: Int.self),
            name: try row.decode(column: "name", as: String.self),
            url: try row.decode(column: "url", as: String.self),
            secret: try row.decode(column: "secret", as: String.self),
            topics: try row.decode(column: "topics", as: String.self).split(separator: ",").map(String.init),
            isActive: try row.decode(column: "is_active", as: Int.self) == 1,
            sinceEventId: try row.decode(column: "since_event_id", as: Int64.self),
            createdAt: try row.decode(column: "created_at", as: String.self),
            updatedAt: try row.decode(column: "updated_at", as: String.self)
        )
    }
}
