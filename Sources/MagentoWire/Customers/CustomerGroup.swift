/// `customer-data-group-interface`: `{"id": 1, "code": "General", "tax_class_id": 3, "tax_class_name": "Retail Customer"}`.
public struct CustomerGroup: Codable, Sendable, Equatable {
    public var id: Int?
    public var code: String?
    public var taxClassId: Int?
    public var taxClassName: String?
    public var extensionAttributes: JSONObject?

    public init(id: Int? = nil, code: String? = nil, taxClassId: Int? = nil, taxClassName: String? = nil) {
        self.id = id
        self.code = code
        self.taxClassId = taxClassId
        self.taxClassName = taxClassName
    }

    enum CodingKeys: String, CodingKey {
        case id, code
        case taxClassId = "tax_class_id"
        case taxClassName = "tax_class_name"
        case extensionAttributes = "extension_attributes"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(code, forKey: .code)
        try container.encodeIfPresent(taxClassId, forKey: .taxClassId)
        try container.encodeIfPresent(taxClassName, forKey: .taxClassName)
        if let extensionAttributes, !extensionAttributes.isEmpty {
            try container.encode(extensionAttributes, forKey: .extensionAttributes)
        }
    }
}
