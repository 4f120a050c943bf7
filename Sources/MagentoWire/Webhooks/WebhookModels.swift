/// A webhook subscription as Magpie's admin routes show and accept it (Magento has none).
public struct Webhook: Codable, Sendable, Equatable {
    public var id: Int?
    public var name: String?
    public var url: String?
    /// Signs every delivery; generated when not given on create.
    public var secret: String?
    /// Event type patterns: `sales_order.placed`, `catalog_product.*`, `*`.
    public var topics: [String]?
    public var active: Bool?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int? = nil, name: String? = nil, url: String? = nil, secret: String? = nil, topics: [String]? = nil,
        active: Bool? = nil, createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.name = name
        self.url = url
        self.secret = secret
        self.topics = topics
        self.active = active
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, url, secret, topics, active
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// One row of a subscription's delivery log.
public struct WebhookDeliveryRecord: Codable, Sendable, Equatable {
    public var id: Int
    /// Unique per delivery and stable across retries: receivers dedupe on it.
    public var deliveryId: String
    public var webhookId: Int
    public var eventId: Int64
    public var eventType: String
    /// `pending`, `delivered` or `failed`.
    public var status: String

    public static let pending = "pending", delivered = "delivered", failed = "failed"
    public var attempts: Int
    public var lastStatusCode: Int?
    public var lastError: String?
    public var nextAttemptAt: String?
    public var deliveredAt: String?

    public init(
        id: Int, deliveryId: String, webhookId: Int, eventId: Int64, eventType: String, status: String, attempts: Int,
        lastStatusCode: Int?, lastError: String?, nextAttemptAt: String?, deliveredAt: String?
    ) {
        self.id = id
        self.deliveryId = deliveryId
        self.webhookId = webhookId
        self.eventId = eventId
        self.eventType = eventType
        self.status = status
        self.attempts = attempts
        self.lastStatusCode = lastStatusCode
        self.lastError = lastError
        self.nextAttemptAt = nextAttemptAt
        self.deliveredAt = deliveredAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case deliveryId = "delivery_id"
        case webhookId = "webhook_id"
        case eventId = "event_id"
        case eventType = "event_type"
        case status, attempts
        case lastStatusCode = "last_status_code"
        case lastError = "last_error"
        case nextAttemptAt = "next_attempt_at"
        case deliveredAt = "delivered_at"
    }
}
