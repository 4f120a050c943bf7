import Foundation

/// `quote-data-shipping-method-interface`: one rate a carrier offers for the cart.
public struct ShippingMethod: Codable, Sendable, Equatable {
    public var carrierCode: String
    public var methodCode: String
    public var carrierTitle: String
    public var methodTitle: String
    public var amount: Decimal
    public var baseAmount: Decimal
    public var available: Bool
    public var errorMessage: String
    public var priceExclTax: Decimal
    public var priceInclTax: Decimal

    public init(carrierCode: String, methodCode: String, carrierTitle: String, methodTitle: String, amount: Decimal) {
        self.carrierCode = carrierCode
        self.methodCode = methodCode
        self.carrierTitle = carrierTitle
        self.methodTitle = methodTitle
        self.amount = amount
        self.baseAmount = amount
        self.available = true
        self.errorMessage = ""
        self.priceExclTax = amount
        self.priceInclTax = amount
    }

    enum CodingKeys: String, CodingKey {
        case carrierCode = "carrier_code"
        case methodCode = "method_code"
        case carrierTitle = "carrier_title"
        case methodTitle = "method_title"
        case amount
        case baseAmount = "base_amount"
        case available
        case errorMessage = "error_message"
        case priceExclTax = "price_excl_tax"
        case priceInclTax = "price_incl_tax"
    }
}

/// `quote-data-payment-method-interface`: `{code, title}`.
public struct PaymentMethod: Codable, Sendable, Equatable {
    public var code: String
    public var title: String

    public init(code: String, title: String) {
        self.code = code
        self.title = title
    }
}

/// `quote-data-payment-interface`: the payment a client chooses.
public struct CartPayment: Codable, Sendable, Equatable {
    public var method: String?
    public var poNumber: String?
    public var additionalData: [String]?
    public var extensionAttributes: JSONValue?

    public init(method: String? = nil, poNumber: String? = nil) {
        self.method = method
        self.poNumber = poNumber
    }

    enum CodingKeys: String, CodingKey {
        case method
        case poNumber = "po_number"
        case additionalData = "additional_data"
        case extensionAttributes = "extension_attributes"
    }
}

/// `checkout-data-shipping-information-interface`: the body of `shipping-information`.
public struct ShippingInformation: Codable, Sendable, Equatable {
    public var shippingAddress: CartAddress?
    public var billingAddress: CartAddress?
    public var shippingMethodCode: String?
    public var shippingCarrierCode: String?
    public var extensionAttributes: JSONValue?
    public var customAttributes: JSONValue?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case shippingAddress = "shipping_address"
        case billingAddress = "billing_address"
        case shippingMethodCode = "shipping_method_code"
        case shippingCarrierCode = "shipping_carrier_code"
        case extensionAttributes = "extension_attributes"
        case customAttributes = "custom_attributes"
    }
}

/// `checkout-data-totals-information-interface`: the body of `totals-information`.
public struct TotalsInformation: Codable, Sendable, Equatable {
    public var address: CartAddress?
    public var shippingMethodCode: String?
    public var shippingCarrierCode: String?
    public var extensionAttributes: JSONValue?
    public var customAttributes: JSONValue?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case address
        case shippingMethodCode = "shipping_method_code"
        case shippingCarrierCode = "shipping_carrier_code"
        case extensionAttributes = "extension_attributes"
        case customAttributes = "custom_attributes"
    }
}
