/// `configurable-product-data-option-interface`: one configurable attribute of a configurable
/// product (`{"id", "attribute_id": "93", "label": "Color", "position", "values": [{"value_index": 49}]}`).
/// `attribute_id` is a **string** on the wire.
public struct ConfigurableProductOption: Codable, Sendable, Equatable {
    public var id: Int?
    public var attributeId: String?
    public var label: String?
    public var position: Int?
    public var isUseDefault: Bool?
    public var values: [ConfigurableProductOptionValue]?
    public var extensionAttributes: JSONObject?
    public var productId: Int?

    public init(
        id: Int? = nil,
        attributeId: String? = nil,
        label: String? = nil,
        position: Int? = nil,
        isUseDefault: Bool? = nil,
        values: [ConfigurableProductOptionValue]? = nil,
        extensionAttributes: JSONObject? = nil,
        productId: Int? = nil
    ) {
        self.id = id
        self.attributeId = attributeId
        self.label = label
        self.position = position
        self.isUseDefault = isUseDefault
        self.values = values
        self.extensionAttributes = extensionAttributes
        self.productId = productId
    }

    enum CodingKeys: String, CodingKey {
        case id
        case attributeId = "attribute_id"
        case label, position
        case isUseDefault = "is_use_default"
        case values
        case extensionAttributes = "extension_attributes"
        case productId = "product_id"
    }
}

/// `configurable-product-data-option-value-interface`: one selectable option id of the attribute.
public struct ConfigurableProductOptionValue: Codable, Sendable, Equatable {
    public var valueIndex: Int?
    public var extensionAttributes: JSONObject?

    public init(valueIndex: Int? = nil, extensionAttributes: JSONObject? = nil) {
        self.valueIndex = valueIndex
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case valueIndex = "value_index"
        case extensionAttributes = "extension_attributes"
    }
}
