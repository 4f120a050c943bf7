import Foundation

/// `sales-rule-data-rule-interface`: a cart price rule, `/V1/salesRules`.
public struct SalesRule: Codable, Sendable, Equatable {
    public var ruleId: Int?
    public var name: String?
    public var storeLabels: [SalesRuleLabel]?
    public var description: String?
    public var websiteIds: [Int]?
    public var customerGroupIds: [Int]?
    /// `YYYY-MM-DD`, inclusive; nil means no bound.
    public var fromDate: String?
    public var toDate: String?
    public var usesPerCustomer: Int?
    public var isActive: Bool?
    /// Which carts qualify (a `Combine` tree).
    public var condition: SalesRuleCondition?
    /// Which items of a qualifying cart the action discounts (a `Combine` tree of product conditions).
    public var actionCondition: SalesRuleCondition?
    public var stopRulesProcessing: Bool?
    public var isAdvanced: Bool?
    public var productIds: [Int]?
    /// Lower runs first.
    public var sortOrder: Int?
    /// `by_percent`, `by_fixed`, `cart_fixed` or `buy_x_get_y`.
    public var simpleAction: String?
    public var discountAmount: Decimal?
    /// The most units of an item the discount covers; 0 or nil for all.
    public var discountQty: Decimal?
    /// X of buy X get Y.
    public var discountStep: Int?
    public var applyToShipping: Bool?
    public var timesUsed: Int?
    public var isRss: Bool?
    /// `NO_COUPON`, `SPECIFIC_COUPON` or `AUTO`.
    public var couponType: String?
    public var useAutoGeneration: Bool?
    public var usesPerCoupon: Int?
    /// 0 none, 1 for the matching items only, 2 for the whole shipment.
    public var simpleFreeShipping: Int?
    public var extensionAttributes: JSONObject?

    public init(
        ruleId: Int? = nil, name: String? = nil, storeLabels: [SalesRuleLabel]? = nil, description: String? = nil,
        websiteIds: [Int]? = nil, customerGroupIds: [Int]? = nil, fromDate: String? = nil, toDate: String? = nil,
        usesPerCustomer: Int? = nil, isActive: Bool? = nil, condition: SalesRuleCondition? = nil,
        actionCondition: SalesRuleCondition? = nil, stopRulesProcessing: Bool? = nil, isAdvanced: Bool? = nil,
        productIds: [Int]? = nil, sortOrder: Int? = nil, simpleAction: String? = nil, discountAmount: Decimal? = nil,
        discountQty: Decimal? = nil, discountStep: Int? = nil, applyToShipping: Bool? = nil, timesUsed: Int? = nil,
        isRss: Bool? = nil, couponType: String? = nil, useAutoGeneration: Bool? = nil, usesPerCoupon: Int? = nil,
        simpleFreeShipping: Int? = nil, extensionAttributes: JSONObject? = nil
    ) {
        self.ruleId = ruleId
        self.name = name
        self.storeLabels = storeLabels
        self.description = description
        self.websiteIds = websiteIds
        self.customerGroupIds = customerGroupIds
        self.fromDate = fromDate
        self.toDate = toDate
        self.usesPerCustomer = usesPerCustomer
        self.isActive = isActive
        self.condition = condition
        self.actionCondition = actionCondition
        self.stopRulesProcessing = stopRulesProcessing
        self.isAdvanced = isAdvanced
        self.productIds = productIds
        self.sortOrder = sortOrder
        self.simpleAction = simpleAction
        self.discountAmount = discountAmount
        self.discountQty = discountQty
        self.discountStep = discountStep
        self.applyToShipping = applyToShipping
        self.timesUsed = timesUsed
        self.isRss = isRss
        self.couponType = couponType
        self.useAutoGeneration = useAutoGeneration
        self.usesPerCoupon = usesPerCoupon
        self.simpleFreeShipping = simpleFreeShipping
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case ruleId = "rule_id"
        case name
        case storeLabels = "store_labels"
        case description
        case websiteIds = "website_ids"
        case customerGroupIds = "customer_group_ids"
        case fromDate = "from_date"
        case toDate = "to_date"
        case usesPerCustomer = "uses_per_customer"
        case isActive = "is_active"
        case condition
        case actionCondition = "action_condition"
        case stopRulesProcessing = "stop_rules_processing"
        case isAdvanced = "is_advanced"
        case productIds = "product_ids"
        case sortOrder = "sort_order"
        case simpleAction = "simple_action"
        case discountAmount = "discount_amount"
        case discountQty = "discount_qty"
        case discountStep = "discount_step"
        case applyToShipping = "apply_to_shipping"
        case timesUsed = "times_used"
        case isRss = "is_rss"
        case couponType = "coupon_type"
        case useAutoGeneration = "use_auto_generation"
        case usesPerCoupon = "uses_per_coupon"
        case simpleFreeShipping = "simple_free_shipping"
        case extensionAttributes = "extension_attributes"
    }
}

/// `sales-rule-data-rule-label-interface`: the rule's label in one store view.
public struct SalesRuleLabel: Codable, Sendable, Equatable {
    public var storeId: Int?
    public var storeLabel: String?

    public init(storeId: Int? = nil, storeLabel: String? = nil) {
        self.storeId = storeId
        self.storeLabel = storeLabel
    }

    enum CodingKeys: String, CodingKey {
        case storeId = "store_id"
        case storeLabel = "store_label"
    }
}
