/// A comment on an invoice, shipment or credit memo (`sales-data-*-comment-interface`).
///
/// Every field is optional: requests send parts, and nil fields are left out of responses.
public struct SalesComment: Codable, Sendable, Equatable {
    public var entityId: Int?
    public var parentId: Int?
    public var comment: String?
    public var isCustomerNotified: Int?
    public var isVisibleOnFront: Int?
    public var createdAt: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case entityId = "entity_id"
        case parentId = "parent_id"
        case comment
        case isCustomerNotified = "is_customer_notified"
        case isVisibleOnFront = "is_visible_on_front"
        case createdAt = "created_at"
    }
}
