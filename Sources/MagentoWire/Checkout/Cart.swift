import Foundation

/// `quote-data-cart-interface`: a cart as `GET /V1/carts/:id` and its guest and customer twins
/// answer it.
public struct Cart: Codable, Sendable, Equatable {
    public var id: Int?
    public var createdAt: String?
    public var updatedAt: String?
    public var isActive: Bool?
    public var isVirtual: Bool?
    public var items: [CartItem]?
    public var itemsCount: Int?
    public var itemsQty: Decimal?
    public var customer: CartCustomer?
    public var billingAddress: CartAddress?
    public var reservedOrderId: String?
    public var origOrderId: Int?
    public var currency: CartCurrency?
    public var customerIsGuest: Bool?
    public var customerNoteNotify: Bool?
    public var customerTaxClassId: Int?
    public var storeId: Int?
    public var extensionAttributes: CartExtensionAttributes?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case id
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case isActive = "is_active"
        case isVirtual = "is_virtual"
        case items
        case itemsCount = "items_count"
        case itemsQty = "items_qty"
        case customer
        case billingAddress = "billing_address"
        case reservedOrderId = "reserved_order_id"
        case origOrderId = "orig_order_id"
        case currency
        case customerIsGuest = "customer_is_guest"
        case customerNoteNotify = "customer_note_notify"
        case customerTaxClassId = "customer_tax_class_id"
        case storeId = "store_id"
        case extensionAttributes = "extension_attributes"
    }
}

/// The cart's customer: empty for a guest.
public struct CartCustomer: Codable, Sendable, Equatable {
    public var id: Int?
    public var groupId: Int?
    public var email: String?
    public var firstname: String?
    public var lastname: String?

    public init(id: Int? = nil, groupId: Int? = nil, email: String? = nil, firstname: String? = nil, lastname: String? = nil) {
        self.id = id
        self.groupId = groupId
        self.email = email
        self.firstname = firstname
        self.lastname = lastname
    }

    enum CodingKeys: String, CodingKey {
        case id
        case groupId = "group_id"
        case email, firstname, lastname
    }
}

/// `quote-data-currency-interface`. Magpie has one currency, so every rate is 1.
public struct CartCurrency: Codable, Sendable, Equatable {
    public var globalCurrencyCode: String
    public var baseCurrencyCode: String
    public var storeCurrencyCode: String
    public var quoteCurrencyCode: String
    public var storeToBaseRate: Decimal
    public var storeToQuoteRate: Decimal
    public var baseToGlobalRate: Decimal
    public var baseToQuoteRate: Decimal

    public init(code: String) {
        globalCurrencyCode = code
        baseCurrencyCode = code
        storeCurrencyCode = code
        quoteCurrencyCode = code
        storeToBaseRate = 1
        storeToQuoteRate = 1
        baseToGlobalRate = 1
        baseToQuoteRate = 1
    }

    enum CodingKeys: String, CodingKey {
        case globalCurrencyCode = "global_currency_code"
        case baseCurrencyCode = "base_currency_code"
        case storeCurrencyCode = "store_currency_code"
        case quoteCurrencyCode = "quote_currency_code"
        case storeToBaseRate = "store_to_base_rate"
        case storeToQuoteRate = "store_to_quote_rate"
        case baseToGlobalRate = "base_to_global_rate"
        case baseToQuoteRate = "base_to_quote_rate"
    }
}

/// The cart's `extension_attributes`: its shipping assignment once a shipping address is set.
public struct CartExtensionAttributes: Codable, Sendable, Equatable {
    public var shippingAssignments: [CartShippingAssignment]

    public init(shippingAssignments: [CartShippingAssignment]) {
        self.shippingAssignments = shippingAssignments
    }

    /// A cart sent to `PUT /V1/carts/mine` may leave the assignments out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        shippingAssignments = try container.decodeIfPresent([CartShippingAssignment].self, forKey: .shippingAssignments) ?? []
    }

    enum CodingKeys: String, CodingKey {
        case shippingAssignments = "shipping_assignments"
    }
}

public struct CartShippingAssignment: Codable, Sendable, Equatable {
    public var shipping: CartShipping
    public var items: [CartItem]

    public init(shipping: CartShipping, items: [CartItem]) {
        self.shipping = shipping
        self.items = items
    }

    /// A cart sent to `PUT /V1/carts/mine` may leave the assignment's items out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        shipping = try container.decode(CartShipping.self, forKey: .shipping)
        items = try container.decodeIfPresent([CartItem].self, forKey: .items) ?? []
    }

    enum CodingKeys: String, CodingKey {
        case shipping, items
    }
}

public struct CartShipping: Codable, Sendable, Equatable {
    public var address: CartAddress
    /// `carrier_method`, e.g. `flatrate_flatrate`; absent until a method is chosen.
    public var method: String?

    public init(address: CartAddress, method: String?) {
        self.address = address
        self.method = method
    }
}
