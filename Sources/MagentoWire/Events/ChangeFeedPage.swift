/// One page of the change feed (`GET /V1/events?after=&limit=&types=`): events in commit order
/// and the cursor to pass as `after` for the next page.
public struct ChangeFeedPage: Codable, Sendable, Equatable {
    public var items: [ChangeFeedEvent]
    /// The last returned event's cursor, or the request's `after` when the page is empty.
    public var nextCursor: String
    /// True when more events were already committed past this page.
    public var hasMore: Bool

    public init(items: [ChangeFeedEvent], nextCursor: String, hasMore: Bool) {
        self.items = items
        self.nextCursor = nextCursor
        self.hasMore = hasMore
    }

    enum CodingKeys: String, CodingKey {
        case items
        case nextCursor = "next_cursor"
        case hasMore = "has_more"
    }
}

/// A committed change with its entity as it was written.
public struct ChangeFeedEvent: Codable, Sendable, Equatable {
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
