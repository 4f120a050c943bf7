/// `sales-rule-data-coupon-interface`: a coupon code of a rule, `/V1/coupons`.
public struct Coupon: Codable, Sendable, Equatable {
    public var couponId: Int?
    public var ruleId: Int?
    public var code: String?
    public var usageLimit: Int?
    public var usagePerCustomer: Int?
    public var timesUsed: Int?
    public var expirationDate: String?
    public var isPrimary: Bool?
    public var createdAt: String?
    /// 0 manual, 1 generated.
    public var type: Int?
    public var extensionAttributes: JSONObject?

    public init(
        couponId: Int? = nil, ruleId: Int? = nil, code: String? = nil, usageLimit: Int? = nil, usagePerCustomer: Int? = nil,
        timesUsed: Int? = nil, expirationDate: String? = nil, isPrimary: Bool? = nil, createdAt: String? = nil,
        type: Int? = nil, extensionAttributes: JSONObject? = nil
    ) {
        self.couponId = couponId
        self.ruleId = ruleId
        self.code = code
        self.usageLimit = usageLimit
        self.usagePerCustomer = usagePerCustomer
        self.timesUsed = timesUsed
        self.expirationDate = expirationDate
        self.isPrimary = isPrimary
        self.createdAt = createdAt
        self.type = type
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case couponId = "coupon_id"
        case ruleId = "rule_id"
        case code
        case usageLimit = "usage_limit"
        case usagePerCustomer = "usage_per_customer"
        case timesUsed = "times_used"
        case expirationDate = "expiration_date"
        case isPrimary = "is_primary"
        case createdAt = "created_at"
        case type
        case extensionAttributes = "extension_attributes"
    }
}

/// `sales-rule-data-coupon-generation-spec-interface`: what `POST /V1/coupons/generate` makes.
public struct CouponGenerationSpec: Codable, Sendable, Equatable {
    public var ruleId: Int?
    /// `alphanum`, `alpha` or `num`.
    public var format: String?
    public var quantity: Int?
    public var length: Int?
    public var prefix: String?
    public var suffix: String?
    /// Insert `delimiter` (default `-`) after every this many characters; 0 for none.
    public var delimiterAtEvery: Int?
    public var delimiter: String?
    public var extensionAttributes: JSONObject?

    public init(
        ruleId: Int? = nil, format: String? = nil, quantity: Int? = nil, length: Int? = nil, prefix: String? = nil,
        suffix: String? = nil, delimiterAtEvery: Int? = nil, delimiter: String? = nil, extensionAttributes: JSONObject? = nil
    ) {
        self.ruleId = ruleId
        self.format = format
        self.quantity = quantity
        self.length = length
        self.prefix = prefix
        self.suffix = suffix
        self.delimiterAtEvery = delimiterAtEvery
        self.delimiter = delimiter
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case ruleId = "rule_id"
        case format
        case quantity
        case length
        case prefix
        case suffix
        case delimiterAtEvery = "delimiter_at_every"
        case delimiter
        case extensionAttributes = "extension_attributes"
    }
}

/// `sales-rule-data-coupon-mass-delete-result-interface`: what a mass delete could not do.
public struct CouponMassDeleteResult: Codable, Sendable, Equatable {
    public var failedItems: [String]
    public var missingItems: [String]

    public init(failedItems: [String] = [], missingItems: [String] = []) {
        self.failedItems = failedItems
        self.missingItems = missingItems
    }

    enum CodingKeys: String, CodingKey {
        case failedItems = "failed_items"
        case missingItems = "missing_items"
    }
}
