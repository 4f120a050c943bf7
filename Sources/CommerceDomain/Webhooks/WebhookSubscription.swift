import Foundation

/// Where and what to deliver: event type patterns (`catalog_product.*`), a URL and the secret
/// that signs each delivery.
public struct WebhookSubscription: Sendable, Equatable {
    public var id: Int
    public var name: String
    public var url: String
    public var secret: String
    public var topics: [String]
    public var isActive: Bool
    /// The last outbox event before the subscription existed; older events are never sent to it.
    public var sinceEventId: Int64
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int, name: String, url: String, secret: String, topics: [String], isActive: Bool,
        sinceEventId: Int64 = 0, createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.name = name
        self.url = url
        self.secret = secret
        self.topics = topics
        self.isActive = isActive
        self.sinceEventId = sinceEventId
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public func wants(_ eventType: String) -> Bool {
        isActive && topics.map(EventTypePattern.init).contains { $0.matches(eventType) }
    }
}
