/// `sales-rule-data-condition-interface`: one node of a rule's condition tree.
///
/// A `…\Condition\Combine` or `…\Product\Found` node holds `conditions` joined by its
/// `aggregator_type` (`all`/`any`) and expects them to be `value` "1" (true) or "0" (false); a leaf
/// (`…\Condition\Address`, `…\Condition\Product`) compares `attribute_name` with `value` by `operator`.
public struct SalesRuleCondition: Codable, Sendable, Equatable {
    public var conditionType: String?
    public var conditions: [SalesRuleCondition]?
    public var aggregatorType: String?
    public var `operator`: String?
    public var attributeName: String?
    public var value: String?
    public var extensionAttributes: JSONObject?

    public init(
        conditionType: String? = nil, conditions: [SalesRuleCondition]? = nil, aggregatorType: String? = nil,
        operator: String? = nil, attributeName: String? = nil, value: String? = nil, extensionAttributes: JSONObject? = nil
    ) {
        self.conditionType = conditionType
        self.conditions = conditions
        self.aggregatorType = aggregatorType
        self.operator = `operator`
        self.attributeName = attributeName
        self.value = value
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case conditionType = "condition_type"
        case conditions
        case aggregatorType = "aggregator_type"
        case `operator`
        case attributeName = "attribute_name"
        case value
        case extensionAttributes = "extension_attributes"
    }
}
