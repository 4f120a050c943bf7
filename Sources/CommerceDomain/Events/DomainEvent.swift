/// One committed change, written to the outbox in the same transaction as the change itself.
///
/// `type` is `<entity>.<verb>` (`admin_user.created`, `catalog_product.saved`); later issues feed
/// webhooks and the change feed from these rows.
public struct DomainEvent: Sendable, Equatable {
    public var type: String
    public var entityType: String
    public var entityId: String
    /// The entity as JSON text, or an empty object when the event carries no body.
    public var payload: String

    public init(type: String, entityType: String, entityId: String, payload: String = "{}") {
        self.type = type
        self.entityType = entityType
        self.entityId = entityId
        self.payload = payload
    }
}

/// An outbox row as read back, with its commit-ordered id and time.
public struct StoredEvent: Sendable, Equatable {
    public var id: Int64
    public var event: DomainEvent
    public var createdAt: String

    public init(id: Int64, event: DomainEvent, createdAt: String) {
        self.id = id
        self.event = event
        self.createdAt = createdAt
    }
}
