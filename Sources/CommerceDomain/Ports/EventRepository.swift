import MagentoWire

/// Reads the event outbox (writes happen inside each repository's own transactions).
public protocol EventRepository: Sendable {
    /// Events with an id greater than `afterId`, in commit order, at most `limit`.
    func events(after afterId: Int64, limit: Int) async throws -> [StoredEvent]
    /// searchCriteria over `event_id`, `event_type`, `entity_type`, `entity_id`, `created_at`.
    func search(_ criteria: SearchCriteria) async throws -> SearchPage<StoredEvent>
}
