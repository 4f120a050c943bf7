import Foundation

/// `sales-data-order-item-interface`: one order row. A configurable is a parent row plus a child row whose `parent_item_id` names it.
///
/// Every field is optional: requests send parts, and nil fields are left out of responses.
public struct OrderItem: Codable, Sendable, Equatable {
    public var itemId: Int?
    public var orderId: Int?
    public var parentItemId: Int?
    public var quoteItemId: Int?
    public var storeId: Int?
    public var createdAt: String?
    public var updatedAt: String?
    public var productId: Int?
    public var productType: String?
    public var sku: String?
    public var name: String?
    public var weight: Decimal?
    public var isVirtual: Int?
    public var qtyOrdered: Decimal?
    public var qtyInvoiced: Decimal?
    public var qtyShipped: Decimal?
    public var qtyRefunded: Decimal?
    public var qtyCanceled: Decimal?
    public var qtyBackordered: Decimal?
    public var qtyReturned: Decimal?
    public var price: Decimal?
    public var basePrice: Decimal?
    public var originalPrice: Decimal?
    public var baseOriginalPrice: Decimal?
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
    public var amountRefunded: Decimal?
    public var baseAmountRefunded: Decimal?
    public var rowInvoiced: Decimal?
    public var baseRowInvoiced: Decimal?
    public var taxInvoiced: Decimal?
    public var baseTaxInvoiced: Decimal?
    public var taxRefunded: Decimal?
    public var baseTaxRefunded: Decimal?
    public var discountInvoiced: Decimal?
    public var baseDiscountInvoiced: Decimal?
    public var discountRefunded: Decimal?
    public var baseDiscountRefunded: Decimal?
    public var taxPercent: Decimal?
    public var discountPercent: Decimal?
    public var productOption: JSONValue?
    public var extensionAttributes: JSONObject?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case itemId = "item_id"
        case orderId = "order_id"
        case parentItemId = "parent_item_id"
        case quoteItemId = "quote_item_id"
        case storeId = "store_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case productId = "product_id"
        case productType = "product_type"
        case sku
        case name
        case weight
        case isVirtual = "is_virtual"
        case qtyOrdered = "qty_ordered"
        case qtyInvoiced = "qty_invoiced"
        case qtyShipped = "qty_shipped"
        case qtyRefunded = "qty_refunded"
        case qtyCanceled = "qty_canceled"
        case qtyBackordered = "qty_backordered"
        case qtyReturned = "qty_returned"
        case price
        case basePrice = "base_price"
        case originalPrice = "original_price"
        case baseOriginalPrice = "base_original_price"
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
        case amountRefunded = "amount_refunded"
        case baseAmountRefunded = "base_amount_refunded"
        case rowInvoiced = "row_invoiced"
        case baseRowInvoiced = "base_row_invoiced"
        case taxInvoiced = "tax_invoiced"
        case baseTaxInvoiced = "base_tax_invoiced"
        case taxRefunded = "tax_refunded"
        case baseTaxRefunded = "base_tax_refunded"
        case discountInvoiced = "discount_invoiced"
        case baseDiscountInvoiced = "base_discount_invoiced"
        case discountRefunded = "discount_refunded"
        case baseDiscountRefunded = "base_discount_refunded"
        case taxPercent = "tax_percent"
        case discountPercent = "discount_percent"
        case productOption = "product_option"
        case extensionAttributes = "extension_attributes"
    }
}
