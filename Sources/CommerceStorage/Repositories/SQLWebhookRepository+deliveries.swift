import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

extension SQLWebhookRepository {
    static let deliveries = SearchableTable(
        table: "magpie_webhook_delivery", primaryKey: "id",
        fields: [
            "id": .init(column: "id", kind: .integer),
            "delivery_id": .init(column: "delivery_id", kind: .text),
            "event_id": .init(column: "event_id", kind: .integer),
            "event_type": .init(column: "event_type", kind: .text),
            "status": .init(column: "status", kind: .text),
            "attempts": .init(column: "attempts", kind: .integer),
            "created_at": .init(column: "created_at", kind: .timestamp),
        ]
    )

    public func dispatch(batch: Int, now: Date) async throws -> Int {
        let timestamp = MagentoTimestamp.string(from: now)
        let lock = provider.engine == .postgres ? " FOR UPDATE" : ""
        return try await provider.transaction { db in
            // Locking the cursor row makes concurrent dispatchers on several nodes take turns.
            let cursorRow = try await db.raw("SELECT last_event_id FROM magpie_webhook_cursor WHERE cursor_id = 1\(unsafeRaw: lock)").first()
            let cursor = try cursorRow?.decode(column: "last_event_id", as: Int64.self) ?? 0
            let events = try await db.raw("""
                SELECT event_id, event_type FROM magpie_event WHERE event_id > \(bind: cursor) ORDER BY event_id LIMIT \(literal: batch)
                """).all()
            guard let last = events.last else { return 0 }
            let subscriptions = try await db.raw("SELECT * FROM magpie_webhook WHERE is_active = 1").all().map(Self.subscription(from:))
            for event in events {
                let id = try event.decode(column: "event_id", as: Int64.self)
                let type = try event.decode(column: "event_type", as: String.self)
                guard type != Self.testEventType else { continue }
                for subscription in subscriptions where id > subscription.sinceEventId && subscription.wants(type) {
                    try await Self.insertDelivery(subscriptionId: subscription.id, eventId: id, eventType: type, at: timestamp, on: db)
                }
            }
            try await db.raw("""
                UPDATE magpie_webhook_cursor SET last_event_id = \(bind: try last.decode(column: "event_id", as: Int64.self)) WHERE cursor_id = 1
                """).run()
            return events.count
        }
    }

    /// Writes a test event to the outbox and queues it for this one subscription.
    public func sendTest(subscriptionId: Int) async throws -> Int {
        let timestamp = MagentoTimestamp.string(from: clock.now())
        return try await provider.transaction { db in
            _ = try await Self.subscription(id: subscriptionId, on: db)
            try await Outbox.append(
                DomainEvent(type: Self.testEventType, entityType: "webhook", entityId: String(subscriptionId), payload: #"{"test":true}"#),
                on: db, at: timestamp
            )
            let row = try await db.raw("SELECT MAX(event_id) AS id FROM magpie_event").first()
            let eventId = try row?.decode(column: "id", as: Int64.self) ?? 0
            return try await Self.insertDelivery(subscriptionId: subscriptionId, eventId: eventId, eventType: Self.testEventType, at: timestamp, on: db)
        }
    }

    @discardableResult
    static func insertDelivery(subscriptionId: Int, eventId: Int64, eventType: String, at timestamp: String, on db: any SQLDatabase) async throws -> Int {
        let row = try await db.raw("""
            INSERT INTO magpie_webhook_delivery (delivery_id, webhook_id, event_id, event_type, status, next_attempt_at, created_at)
            VALUES (\(bind: UUID().uuidString.lowercased()), \(bind: subscriptionId), \(bind: eventId), \(bind: eventType),
                    'pending', \(bind: timestamp), \(bind: timestamp))
            ON CONFLICT (webhook_id, event_id) DO NOTHING
            RETURNING id
            """).first()
        return try row?.decode(column: "id", as: Int.self) ?? 0
    }

    public func claimDue(now: Date, lease: TimeInterval, limit: Int) async throws -> [(WebhookDeliveryRecord, WebhookSubscription, StoredEvent)] {
        let current = MagentoTimestamp.string(from: now)
        let until = MagentoTimestamp.string(from: now.addingTimeInterval(lease))
        let skipLocked = provider.engine == .postgres ? " FOR UPDATE SKIP LOCKED" : ""
        return try await provider.transaction { db in
            let claimed = try await db.raw("""
                UPDATE magpie_webhook_delivery SET lease_until = \(bind: until)
                WHERE id IN (
                    SELECT id FROM magpie_webhook_delivery
                    WHERE status = 'pending' AND next_attempt_at <= \(bind: current)
                      AND (lease_until IS NULL OR lease_until < \(bind: current))
                    ORDER BY id LIMIT \(literal: limit)\(unsafeRaw: skipLocked)
                )
                RETURNING id
                """).all().map { try $0.decode(column: "id", as: Int.self) }
            var result: [(WebhookDeliveryRecord, WebhookSubscription, StoredEvent)] = []
            for id in claimed.sorted() {
                guard let row = try await db.raw("SELECT * FROM magpie_webhook_delivery WHERE id = \(bind: id)").first() else { continue }
                let delivery = try Self.delivery(from: row)
                let subscription = try await Self.subscription(id: delivery.webhookId, on: db)
                guard let event = try await db.raw("""
                    SELECT event_id, event_type, entity_type, entity_id, payload, created_at FROM magpie_event WHERE event_id = \(bind: delivery.eventId)
                    """).first() else { continue }
                result.append((delivery, subscription, try SQLEventRepository.event(from: event)))
            }
            return result
        }
    }

    public func recordAttempt(deliveryId: Int, statusCode: Int?, error: String?, delivered: Bool, retryAt: Date?, now: Date) async throws {
        let status = delivered ? WebhookDeliveryRecord.delivered : (retryAt == nil ? WebhookDeliveryRecord.failed : WebhookDeliveryRecord.pending)
        let timestamp = MagentoTimestamp.string(from: now)
        try await provider.transaction { db in
            try await db.raw("""
                UPDATE magpie_webhook_delivery SET status = \(bind: status), attempts = attempts + 1,
                    last_status_code = \(bind: statusCode), last_error = \(bind: error), lease_until = NULL,
                    next_attempt_at = \(bind: retryAt.map(MagentoTimestamp.string(from:))),
                    delivered_at = \(bind: delivered ? timestamp : nil)
                WHERE id = \(bind: deliveryId)
                """).run()
        }
    }

    public func deliveries(subscriptionId: Int, criteria: SearchCriteria) async throws -> SearchPage<WebhookDeliveryRecord> {
        try await provider.read { db in
            _ = try await Self.subscription(id: subscriptionId, on: db)
            let page = try await SearchQuery(
                criteria, table: Self.deliveries, constraint: SQLBinaryExpression(SQLColumn("webhook_id"), .equal, SQLBind(subscriptionId))
            ).run(on: db)
            return SearchPage(items: try page.items.map(Self.delivery(from:)), totalCount: page.totalCount)
        }
    }

    public func redeliver(deliveryId: Int, now: Date) async throws {
        try await provider.transaction { db in
            guard try await db.raw("SELECT 1 FROM magpie_webhook_delivery WHERE id = \(bind: deliveryId)").first() != nil else {
                throw CommerceError.noSuchEntity(field: "deliveryId", value: String(deliveryId))
            }
            try await db.raw("""
                UPDATE magpie_webhook_delivery SET status = 'pending', lease_until = NULL,
                    next_attempt_at = \(bind: MagentoTimestamp.string(from: now))
                WHERE id = \(bind: deliveryId)
                """).run()
        }
    }

    static func delivery(from row: any SQLRow) throws -> WebhookDeliveryRecord {
        WebhookDeliveryRecord(
            id: try row.decode(column: "id", as: Int.self),
            deliveryId: try row.decode(column: "delivery_id", as: String.self),
            webhookId: try row.decode(column: "webhook_id", as: Int.self),
            eventId: try row.decode(column: "event_id", as: Int64.self),
            eventType: try row.decode(column: "event_type", as: String.self),
            status: try row.decode(column: "status", as: String.self),
            attempts: try row.decode(column: "attempts", as: Int.self),
            lastStatusCode: try row.decode(column: "last_status_code", as: Int?.self),
            lastError: try row.decode(column: "last_error", as: String?.self),
            nextAttemptAt: try row.decode(column: "next_attempt_at", as: String?.self),
            deliveredAt: try row.decode(column: "delivered_at", as: String?.self)
        )
    }
}
