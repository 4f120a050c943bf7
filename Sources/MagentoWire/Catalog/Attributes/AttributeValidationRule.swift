/// `eav-data-attribute-validation-rule-interface`: one `{key, value}` input validation rule.
public struct AttributeValidationRule: Codable, Sendable, Equatable {
    public var key: String?
    public var value: String?

    public init(key: String? = nil, value: String? = nil) {
        self.key = key
        self.value = value
    }

    enum CodingKeys: String, CodingKey {
        case key
        case value
    }
}
