import MagentoWire

extension EventRecord {
    /// The wire form of an outbox row (change feed, event search, webhook bodies); a payload
    /// that is not JSON (never written so) becomes `{}`.
    public init(_ stored: StoredEvent) {
        self.init(
            eventId: stored.id, eventType: stored.event.type, entityType: stored.event.entityType,
            entityId: stored.event.entityId, createdAt: stored.createdAt,
            payload: (try? JSONValue.parse(stored.event.payload)) ?? .object(JSONObject())
        )
    }
}
