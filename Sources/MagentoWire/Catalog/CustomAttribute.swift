/// `framework-attribute-interface`: one EAV value outside a type's fixed fields,
/// `{"attribute_code": "color", "value": "49"}`.
///
/// `value` is kept as sent: usually a string, but `category_ids` carries an array of strings and
/// clients send numbers and booleans too. Decoding applies Magento's input checks
/// (see ``CustomAttributeList``), so a lone entry is validated the same way as one in a list.
public struct CustomAttribute: Codable, Sendable, Equatable {
    public var attributeCode: String
    public var value: JSONValue

    public init(attributeCode: String, value: JSONValue) {
        self.attributeCode = attributeCode
        self.value = value
    }

    enum CodingKeys: String, CodingKey {
        case attributeCode = "attribute_code"
        case value
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(JSONValue.self)
        self = try CustomAttributeList.entry(raw, key: nil)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(attributeCode, forKey: .attributeCode)
        try container.encode(value, forKey: .value)
    }
}

extension CustomAttribute: WireTypeDescribed {
    /// Its decoder reads a raw value to apply Magento's entry checks; this is the shape they accept.
    public static func wireType(_ reflector: WireTypeReflector) -> WireType {
        reflector.define(wireTypeName, [WireField("attribute_code", .string, required: true), WireField("value", .any, required: true)])
    }
}
