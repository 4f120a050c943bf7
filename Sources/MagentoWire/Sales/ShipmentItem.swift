import Foundation

/// `sales-data-shipment-item-interface`: one shipped row.
///
/// Every field is optional: requests send parts, and nil fields are left out of responses.
public struct ShipmentItem: Codable, Sendable, Equatable {
    public var entityId: Int?
    public var parentId: Int?
    public var orderItemId: Int?
    public var productId: Int?
    public var sku: String?
    public var name: String?
    public var qty: Decimal?
    public var price: Decimal?
    public var weight: Decimal?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case entityId = "entity_id"
        case parentId = "parent_id"
        case orderItemId = "order_item_id"
        case productId = "product_id"
        case sku
        case name
        case qty
        case price
        case weight
    }
}
