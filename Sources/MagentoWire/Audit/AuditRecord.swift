/// One API call as the audit log keeps it. Never tokens, passwords, bodies or secrets.
public struct AuditRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var createdAt: String
    public var requestId: String
    /// Magento's user types: 1 integration, 2 admin, 3 customer, 4 guest.
    public var userType: Int
    public var userId: Int?
    public var method: String
    /// The path without its query string.
    public var path: String
    public var status: Int
    public var durationMs: Double
    /// The entities the call changed, `type:id` comma-separated (`product:MB-01,stock_item:MB-01`).
    public var entityIds: String?

    public init(
        id: Int? = nil, createdAt: String, requestId: String, userType: Int, userId: Int?, method: String, path: String,
        status: Int, durationMs: Double, entityIds: String? = nil
    ) {
        self.id = id
        self.createdAt = createdAt
        self.requestId = requestId
        self.userType = userType
        self.userId = userId
        self.method = method
        self.path = path
        self.status = status
        self.durationMs = durationMs
        self.entityIds = entityIds
    }

    enum CodingKeys: String, CodingKey {
        case id
        case createdAt = "created_at"
        case requestId = "request_id"
        case userType = "user_type"
        case userId = "user_id"
        case method, path, status
        case durationMs = "duration_ms"
        case entityIds = "entity_ids"
    }
}
