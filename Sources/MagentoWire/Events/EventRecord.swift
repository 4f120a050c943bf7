/// One committed change as Magpie's event routes return it (Magento has no such resource):
/// the entity as it was written travels in `payload`.
public struct EventRecord: Codable, Sendable, Equatable {
    public var eventId: Int64
    public var eventType: String
    public var entityType: String
    public var entityId: String
    public var createdAt: String
    public var payload: JSONValue

    public init(eventId: Int64, eventType: String, entityType: String, entityId: String, createdAt: String, payload: JSONValue) {
        self.eventId = eventId
        self.eventType = eventType
        self.entityType = entityType
        self.entityId = entityId
        self.createdAt = createdAt
        self.payload = payload
    }

    enum CodingKeys: String, CodingKey {
        case eventId = "event_id"
        case eventType = "event_type"
        case entityType = "entity_type"
        case entityId = "entity_id"
        case createdAt = "created_at"
        case payload
    }
}
