/// `sales-data-order-status-history-interface`: one comment in an order's history.
///
/// Every field is optional: requests send parts, and nil fields are left out of responses.
public struct OrderStatusHistory: Codable, Sendable, Equatable {
    public var entityId: Int?
    public var parentId: Int?
    public var comment: String?
    public var status: String?
    public var isCustomerNotified: Int?
    public var isVisibleOnFront: Int?
    public var createdAt: String?
    public var entityName: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case entityId = "entity_id"
        case parentId = "parent_id"
        case comment
        case status
        case isCustomerNotified = "is_customer_notified"
        case isVisibleOnFront = "is_visible_on_front"
        case createdAt = "created_at"
        case entityName = "entity_name"
    }
}
