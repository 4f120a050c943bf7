/// `sales-data-order-extension-interface`: the parts of an order's extension attributes Magpie keeps.
///
/// Every field is optional: requests send parts, and nil fields are left out of responses.
public struct OrderExtensionAttributes: Codable, Sendable, Equatable {
    public var shippingAssignments: [ShippingAssignment]?
    public var paymentAdditionalInfo: [JSONValue]?
    public var appliedTaxes: [JSONValue]?
    public var itemAppliedTaxes: [JSONValue]?
    public var convertingFromQuote: Bool?
    public var giftMessage: JSONValue?
    public var pickupLocationCode: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case shippingAssignments = "shipping_assignments"
        case paymentAdditionalInfo = "payment_additional_info"
        case appliedTaxes = "applied_taxes"
        case itemAppliedTaxes = "item_applied_taxes"
        case convertingFromQuote = "converting_from_quote"
        case giftMessage = "gift_message"
        case pickupLocationCode = "pickup_location_code"
    }
}
