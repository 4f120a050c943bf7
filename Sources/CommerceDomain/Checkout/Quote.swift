import Foundation
import MagentoWire

/// A cart (Magento's quote): its lines and what checkout has collected so far. Prices are not
/// stored: they are worked out from the catalog, the rules and the tax settings each time, so a
/// cart never shows a stale price and placing an order re-checks everything.
public struct Quote: Sendable, Equatable {
    public var id: Int
    public var storeId: Int
    public var customerId: Int?
    public var isActive: Bool
    public var createdAt: String
    public var updatedAt: String
    public var items: [QuoteItem]
    public var details: QuoteDetails

    public init(
        id: Int, storeId: Int, customerId: Int?, isActive: Bool, createdAt: String, updatedAt: String,
        items: [QuoteItem] = [], details: QuoteDetails = QuoteDetails()
    ) {
        self.id = id
        self.storeId = storeId
        self.customerId = customerId
        self.isActive = isActive
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.items = items
        self.details = details
    }

    public var itemsQty: Decimal { items.reduce(0) { $0 + $1.qty } }

    public func item(_ itemId: Int) -> QuoteItem? {
        items.first { $0.itemId == itemId }
    }

    /// The shipping method as the order stores it, `carrier_method`.
    public var shippingMethod: String? {
        guard let carrier = details.shippingCarrierCode, let method = details.shippingMethodCode else { return nil }
        return "\(carrier)_\(method)"
    }
}

/// One cart line: which product and how many. A configurable line is its chosen child (`sku`)
/// under its parent (`parentSku`), with the `product_option` the client sent.
public struct QuoteItem: Sendable, Equatable {
    public var itemId: Int
    public var sku: String
    public var qty: Decimal
    public var parentSku: String?
    public var productOption: JSONValue?

    public init(itemId: Int, sku: String, qty: Decimal, parentSku: String? = nil, productOption: JSONValue? = nil) {
        self.itemId = itemId
        self.sku = sku
        self.qty = qty
        self.parentSku = parentSku
        self.productOption = productOption
    }
}

/// What checkout has collected: addresses, shipping and payment choices, coupon and email.
public struct QuoteDetails: Codable, Sendable, Equatable {
    public var billingAddress: CartAddress?
    public var shippingAddress: CartAddress?
    public var shippingCarrierCode: String?
    public var shippingMethodCode: String?
    public var payment: CartPayment?
    public var couponCode: String?
    public var customerEmail: String?
    public var reservedOrderId: String?
    /// The cart's gift message, and its lines' by item id (as text: JSON object keys).
    public var giftMessage: GiftMessage?
    public var itemGiftMessages: [String: GiftMessage]?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case billingAddress = "billing_address"
        case shippingAddress = "shipping_address"
        case shippingCarrierCode = "shipping_carrier_code"
        case shippingMethodCode = "shipping_method_code"
        case payment
        case couponCode = "coupon_code"
        case customerEmail = "customer_email"
        case reservedOrderId = "reserved_order_id"
        case giftMessage = "gift_message"
        case itemGiftMessages = "item_gift_messages"
    }
}

/// Who buys: what the rules and tax need, and the customer's name for the order.
public struct CartBuyer: Sendable, Equatable {
    public var customerId: Int?
    public var groupId: Int
    public var taxClassId: Int
    public var email: String?
    public var firstname: String?
    public var lastname: String?
    /// How often this customer's earlier, not canceled, orders used each cart price rule (rule
    /// id → orders) and each coupon (upper-cased code → orders); empty for guests. The rules'
    /// `uses_per_customer` and the coupons' `usage_per_customer` read them.
    public var ruleUses: [Int: Int] = [:]
    public var couponUses: [String: Int] = [:]

    /// A guest: NOT LOGGED IN (group 0) with the Retail Customer tax class (3).
    public static let guest = CartBuyer(customerId: nil, groupId: 0, taxClassId: 3)

    public init(customerId: Int?, groupId: Int, taxClassId: Int, email: String? = nil, firstname: String? = nil, lastname: String? = nil) {
        self.customerId = customerId
        self.groupId = groupId
        self.taxClassId = taxClassId
        self.email = email
        self.firstname = firstname
        self.lastname = lastname
    }
}

/// Everything pricing reads besides the cart: the products of its lines (by lower-cased SKU),
/// the buyer, the cart price rules, the tax rules and today's date.
public struct CartInputs: Sendable {
    public var products: [String: Product]
    public var buyer: CartBuyer
    public var promotions: PromotionEngine
    public var tax: TaxCalculator
    /// `YYYY-MM-DD`, for rule date ranges.
    public var date: String

    public init(products: [String: Product], buyer: CartBuyer, promotions: PromotionEngine, tax: TaxCalculator, date: String) {
        self.products = products
        self.buyer = buyer
        self.promotions = promotions
        self.tax = tax
        self.date = date
    }

    public func product(_ sku: String) -> Product? {
        products[sku.lowercased()]
    }
}
