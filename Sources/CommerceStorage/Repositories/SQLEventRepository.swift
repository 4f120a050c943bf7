import CommerceDomain
import MagentoWire
import SQLKit

/// Reads the `magpie_event` outbox, for the change feed and webhook delivery.
public struct SQLEventRepository: EventRepository {
    let provider: any DatabaseProvider

    public init(provider: any DatabaseProvider) {
        self.provider = provider
    }

    /// The searchCriteria whitelist for events.
    public static let searchable = SearchableTable(
        table: "magpie_event",
        primaryKey: "event_id",
        fields: [
            "event_id": .init(column: "event_id", kind: .integer),
            "event_type": .init(column: "event_type", kind: .text),
            "entity_type": .init(column: "entity_type", kind: .text),
            "entity_id": .init(column: "entity_id", kind: .text),
            "created_at": .init(column: "created_at", kind: .timestamp),
        ]
    )

    /// The newest outbox id (0 when empty): every entity change writes a row in its own
    /// transaction, so this number moves with every committed write, on every node sharing the
    /// database. Answer caches key on it.
    public func latestEventId() async throws -> Int64 {
        try await provider.read { db in
            try await db.raw("SELECT MAX(event_id) AS latest FROM magpie_event").first()?.decode(column: "latest", as: Int64?.self) ?? 0
        }
    }

    public func events(after afterId: Int64, limit: Int) async throws -> [StoredEvent] {
        try await provider.read { db in
            try await db.raw("""
                SELECT event_id, event_type, entity_type, entity_id, payload, created_at FROM magpie_event
                WHERE event_id > \(bind: afterId) ORDER BY event_id LIMIT \(literal: max(0, limit))
                """).all().map(Self.event(from:))
        }
    }

    public func search(_ criteria: SearchCriteria) async throws -> SearchPage<StoredEvent> {
        try await provider.read { db in
            let page = try await SearchQuery(criteria, table: Self.searchable).run(on: db)
            return SearchPage(items: try page.items.map(Self.event(from:)), totalCount: page.totalCount)
        }
    }

    static func event(from row: any SQLRow) throws -> StoredEvent {
        StoredEvent(
            id: try row.decode(column: "event_id", as: Int64.self),
            event: DomainEvent(
                type: try row.decode(column: "event_type", as: String.self),
                entityType: try row.decode(column: "entity_type", as: String.self),
                entityId: try row.decode(column: "entity_id", as: String.self),
                payload: try row.decode(column: "payload", as: String.self)
            ),
            createdAt: try row.decode(column: "created_at", as: String.self)
        )
    }
}
