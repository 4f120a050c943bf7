import Foundation

/// `sales-data-invoice-item-interface`: one invoiced row.
///
/// Every field is optional: requests send parts, and nil fields are left out of responses.
public struct InvoiceItem: Codable, Sendable, Equatable {
    public var entityId: Int?
    public var parentId: Int?
    public var orderItemId: Int?
    public var productId: Int?
    public var sku: String?
    public var name: String?
    public var qty: Decimal?
    public var price: Decimal?
    public var basePrice: Decimal?
    public var priceInclTax: Decimal?
    public var basePriceInclTax: Decimal?
    public var rowTotal: Decimal?
    public var baseRowTotal: Decimal?
    public var rowTotalInclTax: Decimal?
    public var baseRowTotalInclTax: Decimal?
    public var taxAmount: Decimal?
    public var baseTaxAmount: Decimal?
    public var discountAmount: Decimal?
    public var baseDiscountAmount: Decimal?

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
        case priceInclTax = "price_incl_tax"
        case basePriceInclTax = "base_price_incl_tax"
        case rowTotal = "row_total"
        case baseRowTotal = "base_row_total"
        case rowTotalInclTax = "row_total_incl_tax"
        case baseRowTotalInclTax = "base_row_total_incl_tax"
        case taxAmount = "tax_amount"
        case baseTaxAmount = "base_tax_amount"
        case discountAmount = "discount_amount"
        case baseDiscountAmount = "base_discount_amount"
    }
}
