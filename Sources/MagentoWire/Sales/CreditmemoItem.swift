import Foundation

/// `sales-data-creditmemo-item-interface`: one refunded row.
///
/// Every field is optional: requests send parts, and nil fields are left out of responses.
public struct CreditmemoItem: Codable, Sendable, Equatable {
    public var entityId: Int?
    public var parentId: Int?
    public var orderItemId: Int?
    public var productId: Int?
    public var sku: String?
    public var name: String?
    public var qty: Decimal?
    public var price: Decimal?
    public var basePrice: Decimal?
    public var rowTotal: Decimal?
    public var baseRowTotal: Decimal?
    public var taxAmount: Decimal?
    public var baseTaxAmount: Decimal?
    public var discountAmount: Decimal?
    public var baseDiscountAmount: Decimal?
    public var baseCost: Decimal?

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
        case basePrice = "base_price"
        case rowTotal = "row_total"
        case baseRowTotal = "base_row_total"
        case taxAmount = "tax_amount"
        case baseTaxAmount = "base_tax_amount"
        case discountAmount = "discount_amount"
        case baseDiscountAmount = "base_discount_amount"
        case baseCost = "base_cost"
    }
}
