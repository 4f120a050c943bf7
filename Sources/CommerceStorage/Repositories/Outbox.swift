import CommerceDomain
import SQLKit

/// Writes domain events to the `magpie_event` outbox inside the caller's transaction, so an
/// event exists exactly when the change it describes was committed.
public enum Outbox {
    /// Serializes outbox writers on PostgreSQL (see `append`).
    static let advisoryLockKey: Int64 = 0x6D61_6770_6576  // "magpev"

    /// Appends `event` with `timestamp` (Magento text, from the injected clock).
    ///
    /// Call it last in a transaction. Readers page the outbox by `event_id` and must never see
    /// a smaller id commit after a larger one. SQLite has one writer, so ids are commit-ordered
    /// already; PostgreSQL hands out identity values at insert time, so two transactions could
    /// commit out of id order. A transaction-scoped advisory lock, held from here to COMMIT,
    /// makes event-writing transactions commit one at a time, in id order.
    public static func append(_ event: DomainEvent, on db: any SQLDatabase, at timestamp: String) async throws {
        if DatabaseEngine(dialectOf: db) == .postgres {
            try await db.raw("SELECT pg_advisory_xact_lock(\(bind: advisoryLockKey))").run()
        }
        AuditEntities.current?.add(type: event.entityType, id: event.entityId)
        try await db.raw("""
            INSERT INTO magpie_event (event_type, entity_type, entity_id, payload, created_at)
            VALUES (\(bind: event.type), \(bind: event.entityType), \(bind: event.entityId), \(bind: event.payload), \(bind: timestamp))
            """).run()
    }
}
