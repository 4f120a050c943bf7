import Foundation

/// `sales-data-creditmemo-interface`. `state`: 1 open, 2 refunded, 3 canceled.
///
/// Every field is optional: requests send parts, and nil fields are left out of responses.
public struct Creditmemo: Codable, Sendable, Equatable {
    public var entityId: Int?
    public var orderId: Int?
    public var invoiceId: Int?
    public var incrementId: String?
    public var storeId: Int?
    public var state: Int?
    public var creditmemoStatus: Int?
    public var baseCurrencyCode: String?
    public var orderCurrencyCode: String?
    public var adjustment: Decimal?
    public var baseAdjustment: Decimal?
    public var adjustmentPositive: Decimal?
    public var baseAdjustmentPositive: Decimal?
    public var adjustmentNegative: Decimal?
    public var baseAdjustmentNegative: Decimal?
    public var subtotal: Decimal?
    public var baseSubtotal: Decimal?
    public var shippingAmount: Decimal?
    public var baseShippingAmount: Decimal?
    public var taxAmount: Decimal?
    public var baseTaxAmount: Decimal?
    public var discountAmount: Decimal?
    public var baseDiscountAmount: Decimal?
    public var grandTotal: Decimal?
    public var baseGrandTotal: Decimal?
    public var emailSent: Int?
    public var createdAt: String?
    public var updatedAt: String?
    public var items: [CreditmemoItem]?
    public var comments: [SalesComment]?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case entityId = "entity_id"
        case orderId = "order_id"
        case invoiceId = "invoice_id"
        case incrementId = "increment_id"
        case storeId = "store_id"
        case state
        case creditmemoStatus = "creditmemo_status"
        case baseCurrencyCode = "base_currency_code"
        case orderCurrencyCode = "order_currency_code"
        case adjustment
        case baseAdjustment = "base_adjustment"
        case adjustmentPositive = "adjustment_positive"
        case baseAdjustmentPositive = "base_adjustment_positive"
        case adjustmentNegative = "adjustment_negative"
        case baseAdjustmentNegative = "base_adjustment_negative"
        case subtotal
        case baseSubtotal = "base_subtotal"
        case shippingAmount = "shipping_amount"
        case baseShippingAmount = "base_shipping_amount"
        case taxAmount = "tax_amount"
        case baseTaxAmount = "base_tax_amount"
        case discountAmount = "discount_amount"
        case baseDiscountAmount = "base_discount_amount"
        case grandTotal = "grand_total"
        case baseGrandTotal = "base_grand_total"
        case emailSent = "email_sent"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case items
        case comments
    }
}
