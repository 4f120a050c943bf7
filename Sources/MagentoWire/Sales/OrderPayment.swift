import Foundation

/// `sales-data-order-payment-interface`: the payment of an order.
///
/// Every field is optional: requests send parts, and nil fields are left out of responses.
public struct OrderPayment: Codable, Sendable, Equatable {
    public var entityId: Int?
    public var parentId: Int?
    public var method: String?
    public var amountOrdered: Decimal?
    public var baseAmountOrdered: Decimal?
    public var amountPaid: Decimal?
    public var baseAmountPaid: Decimal?
    public var amountRefunded: Decimal?
    public var baseAmountRefunded: Decimal?
    public var shippingAmount: Decimal?
    public var baseShippingAmount: Decimal?
    public var shippingCaptured: Decimal?
    public var baseShippingCaptured: Decimal?
    public var amountCanceled: Decimal?
    public var baseAmountCanceled: Decimal?
    public var additionalInformation: [String]?
    public var ccLast4: String?
    public var lastTransId: String?
    public var poNumber: String?
    public var accountStatus: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case entityId = "entity_id"
        case parentId = "parent_id"
        case method
        case amountOrdered = "amount_ordered"
        case baseAmountOrdered = "base_amount_ordered"
        case amountPaid = "amount_paid"
        case baseAmountPaid = "base_amount_paid"
        case amountRefunded = "amount_refunded"
        case baseAmountRefunded = "base_amount_refunded"
        case shippingAmount = "shipping_amount"
        case baseShippingAmount = "base_shipping_amount"
        case shippingCaptured = "shipping_captured"
        case baseShippingCaptured = "base_shipping_captured"
        case amountCanceled = "amount_canceled"
        case baseAmountCanceled = "base_amount_canceled"
        case additionalInformation = "additional_information"
        case ccLast4 = "cc_last4"
        case lastTransId = "last_trans_id"
        case poNumber = "po_number"
        case accountStatus = "account_status"
    }
}
