import Foundation

/// `sales-data-invoice-interface`. `state`: 1 open, 2 paid, 3 canceled.
///
/// Every field is optional: requests send parts, and nil fields are left out of responses.
public struct Invoice: Codable, Sendable, Equatable {
    public var entityId: Int?
    public var orderId: Int?
    public var incrementId: String?
    public var storeId: Int?
    public var state: Int?
    public var baseCurrencyCode: String?
    public var orderCurrencyCode: String?
    public var subtotal: Decimal?
    public var baseSubtotal: Decimal?
    public var subtotalInclTax: Decimal?
    public var baseSubtotalInclTax: Decimal?
    public var shippingAmount: Decimal?
    public var baseShippingAmount: Decimal?
    public var shippingInclTax: Decimal?
    public var baseShippingInclTax: Decimal?
    public var taxAmount: Decimal?
    public var baseTaxAmount: Decimal?
    public var discountAmount: Decimal?
    public var baseDiscountAmount: Decimal?
    public var grandTotal: Decimal?
    public var baseGrandTotal: Decimal?
    public var totalQty: Decimal?
    public var canVoidFlag: Int?
    public var emailSent: Int?
    public var transactionId: String?
    public var billingAddressId: Int?
    public var shippingAddressId: Int?
    public var createdAt: String?
    public var updatedAt: String?
    public var items: [InvoiceItem]?
    public var comments: [SalesComment]?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case entityId = "entity_id"
        case orderId = "order_id"
        case incrementId = "increment_id"
        case storeId = "store_id"
        case state
        case baseCurrencyCode = "base_currency_code"
        case orderCurrencyCode = "order_currency_code"
        case subtotal
        case baseSubtotal = "base_subtotal"
        case subtotalInclTax = "subtotal_incl_tax"
        case baseSubtotalInclTax = "base_subtotal_incl_tax"
        case shippingAmount = "shipping_amount"
        case baseShippingAmount = "base_shipping_amount"
        case shippingInclTax = "shipping_incl_tax"
        case baseShippingInclTax = "base_shipping_incl_tax"
        case taxAmount = "tax_amount"
        case baseTaxAmount = "base_tax_amount"
        case discountAmount = "discount_amount"
        case baseDiscountAmount = "base_discount_amount"
        case grandTotal = "grand_total"
        case baseGrandTotal = "base_grand_total"
        case totalQty = "total_qty"
        case canVoidFlag = "can_void_flag"
        case emailSent = "email_sent"
        case transactionId = "transaction_id"
        case billingAddressId = "billing_address_id"
        case shippingAddressId = "shipping_address_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case items
        case comments
    }
}
