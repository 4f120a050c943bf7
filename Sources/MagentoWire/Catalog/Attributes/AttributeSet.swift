/// `eav-data-attribute-set-interface`: `/V1/products/attribute-sets` and `/V1/eav/attribute-sets`.
public struct AttributeSet: Codable, Sendable, Equatable {
    public var attributeSetId: Int?
    public var attributeSetName: String?
    public var sortOrder: Int?
    /// 4 is `catalog_product`.
    public var entityTypeId: Int?
    public var extensionAttributes: JSONObject?

    public init(
        attributeSetId: Int? = nil,
        attributeSetName: String? = nil,
        sortOrder: Int? = nil,
        entityTypeId: Int? = nil,
        extensionAttributes: JSONObject? = nil
    ) {
        self.attributeSetId = attributeSetId
        self.attributeSetName = attributeSetName
        self.sortOrder = sortOrder
        self.entityTypeId = entityTypeId
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case attributeSetId = "attribute_set_id"
        case attributeSetName = "attribute_set_name"
        case sortOrder = "sort_order"
        case entityTypeId = "entity_type_id"
        case extensionAttributes = "extension_attributes"
    }
}
