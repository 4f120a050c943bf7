import Foundation

/// The cart as the promotion engine sees it: lines, who buys, where, when, and with which coupon.
public struct CartSnapshot: Sendable, Equatable {
    public var items: [CartLine]
    public var customerGroupId: Int
    public var websiteId: Int
    /// `YYYY-MM-DD` in the store's time zone.
    public var date: String
    public var couponCode: String?
    /// How often this customer has used each rule (rule id → uses); empty for guests.
    public var customerRuleUses: [Int: Int]
    /// How often this customer has used each coupon (code, upper-cased → uses).
    public var customerCouponUses: [String: Int]

    public init(
        items: [CartLine], customerGroupId: Int = 0, websiteId: Int = 1, date: String, couponCode: String? = nil,
        customerRuleUses: [Int: Int] = [:], customerCouponUses: [String: Int] = [:]
    ) {
        self.items = items
        self.customerGroupId = customerGroupId
        self.websiteId = websiteId
        self.date = date
        self.couponCode = couponCode
        self.customerRuleUses = customerRuleUses
        self.customerCouponUses = customerCouponUses
    }

    /// Σ price × qty.
    public var subtotal: Decimal { items.reduce(0) { $0 + $1.rowTotal } }
    public var totalQty: Decimal { items.reduce(0) { $0 + $1.qty } }
}

/// One cart line: a SKU, its categories, how many and at what unit price.
public struct CartLine: Sendable, Equatable {
    public var itemId: Int
    public var sku: String
    public var categoryIds: [Int]
    public var qty: Decimal
    public var price: Decimal

    public init(itemId: Int, sku: String, categoryIds: [Int] = [], qty: Decimal, price: Decimal) {
        self.itemId = itemId
        self.sku = sku
        self.categoryIds = categoryIds
        self.qty = qty
        self.price = price
    }

    public var rowTotal: Decimal { price * qty }
}

/// What the rules did to a cart.
public struct PromotionResult: Sendable, Equatable {
    /// Item id → discount on the whole line, in cents.
    public var itemDiscounts: [Int: Decimal]
    public var freeShipping: Bool
    /// The rules that applied, in the order they ran.
    public var appliedRuleIds: [Int]

    public init(itemDiscounts: [Int: Decimal] = [:], freeShipping: Bool = false, appliedRuleIds: [Int] = []) {
        self.itemDiscounts = itemDiscounts
        self.freeShipping = freeShipping
        self.appliedRuleIds = appliedRuleIds
    }

    public var totalDiscount: Decimal { itemDiscounts.values.reduce(0, +) }
}
