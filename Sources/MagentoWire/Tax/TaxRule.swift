/// `tax-data-tax-rule-interface`: which rates apply to which customer and product tax classes,
/// `/V1/taxRules`.
public struct TaxRule: Codable, Sendable, Equatable {
    public var id: Int?
    public var code: String?
    /// Rules with the same priority add their rates; a higher priority compounds on the lower.
    public var priority: Int?
    public var position: Int?
    public var customerTaxClassIds: [Int]?
    public var productTaxClassIds: [Int]?
    public var taxRateIds: [Int]?
    /// Magento's "Calculate Off Subtotal Only": the priority's tax is taken on the amount alone,
    /// not on the amount plus the taxes of earlier priorities.
    public var calculateSubtotal: Bool?
    public var extensionAttributes: JSONObject?

    public init(
        id: Int? = nil, code: String? = nil, priority: Int? = nil, position: Int? = nil,
        customerTaxClassIds: [Int]? = nil, productTaxClassIds: [Int]? = nil, taxRateIds: [Int]? = nil,
        calculateSubtotal: Bool? = nil, extensionAttributes: JSONObject? = nil
    ) {
        self.id = id
        self.code = code
        self.priority = priority
        self.position = position
        self.customerTaxClassIds = customerTaxClassIds
        self.productTaxClassIds = productTaxClassIds
        self.taxRateIds = taxRateIds
        self.calculateSubtotal = calculateSubtotal
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case id
        case code
        case priority
        case position
        case customerTaxClassIds = "customer_tax_class_ids"
        case productTaxClassIds = "product_tax_class_ids"
        case taxRateIds = "tax_rate_ids"
        case calculateSubtotal = "calculate_subtotal"
        case extensionAttributes = "extension_attributes"
    }
}
