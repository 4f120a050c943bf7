/// The `custom_attributes` input of any data object, in either form Magento accepts:
/// the list `[{"attribute_code": "color", "value": "49"}]` or the map `{"color": "49"}`.
///
/// Mirrors `ServiceInputProcessor::convertCustomAttributeValue`: each member that is not itself
/// an array or object becomes `{attribute_code: <key>, value: <member>}`; every entry then needs a
/// truthy code and a `value` key, else a ``CatalogInputError``. Output always uses the list form.
public struct CustomAttributeList: Codable, Sendable, Equatable {
    public var attributes: [CustomAttribute]

    public init(_ attributes: [CustomAttribute] = []) {
        self.attributes = attributes
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(JSONValue.self)
        self.attributes = try Self.attributes(in: raw)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(attributes)
    }

    /// The entries of a list or map; a scalar where the list belongs is refused like other non-arrays.
    static func attributes(in raw: JSONValue) throws -> [CustomAttribute] {
        switch raw {
        case .null:
            return []
        case .array(let elements):
            return try elements.enumerated().map { try entry($0.element, key: String($0.offset)) }
        case .object(let object):
            return try object.map { try entry($0.value, key: $0.key) }
        case .bool, .number, .string:
            throw BindingError.notAllParametersValid
        }
    }

    /// One entry. `key` is the member's map key or list index (PHP arrays have one kind of key),
    /// used as the code when the member is a bare value.
    static func entry(_ member: JSONValue, key: String?) throws -> CustomAttribute {
        let fields: JSONObject
        switch member {
        case .object(let object):
            fields = object
        case .array:
            // A PHP list has no `attribute_code` or `value` key.
            fields = JSONObject()
        case .null, .bool, .number, .string:
            fields = ["attribute_code": key.map(JSONValue.string) ?? .null, "value": member]
        }
        let code = [fields["attribute_code"], fields["attributeCode"]]
            .lazy.compactMap { $0 }.first { !$0.isNull }
        let codeText = code.flatMap { isTruthy($0) ? ScalarCoercion.phpText($0) : nil }
        let value = fields["value"]
        guard let codeText else {
            if value == nil || value?.isNull == true { throw CatalogInputError.emptyCustomAttribute }
            throw CatalogInputError.missingAttributeCode
        }
        guard let value else { throw CatalogInputError.missingAttributeValue(attributeCode: codeText) }
        return CustomAttribute(attributeCode: codeText, value: value)
    }

    /// PHP truthiness: `""`, `"0"`, `0`, `0.0`, `false`, `[]` and null are false.
    private static func isTruthy(_ value: JSONValue) -> Bool {
        switch value {
        case .null: false
        case .bool(let bool): bool
        case .number(let text): Double(text).map { $0 != 0 } ?? true
        case .string(let string): !(string.isEmpty || string == "0")
        case .array(let elements): !elements.isEmpty
        case .object(let object): !object.isEmpty
        }
    }
}

extension CustomAttributeList: WireTypeDescribed {
    /// Its decoder reads a raw value to accept the map form too; the documented form is the list.
    public static func wireType(_ reflector: WireTypeReflector) -> WireType {
        .array(reflector.describe(CustomAttribute.self))
    }
}
