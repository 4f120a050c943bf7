/// `eav-data-attribute-group-interface`: a group (tab) of an attribute set.
/// `attribute_group_id` is a **string** in the interface (`@return string|null`).
public struct AttributeGroup: Codable, Sendable, Equatable {
    public var attributeGroupId: String?
    public var attributeGroupName: String?
    public var attributeSetId: Int?
    /// `attribute_group_code` and `sort_order` from Magento_Catalog, kept as sent.
    public var extensionAttributes: JSONObject?

    public init(
        attributeGroupId: String? = nil,
        attributeGroupName: String? = nil,
        attributeSetId: Int? = nil,
        extensionAttributes: JSONObject? = nil
    ) {
        self.attributeGroupId = attributeGroupId
        self.attributeGroupName = attributeGroupName
        self.attributeSetId = attributeSetId
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case attributeGroupId = "attribute_group_id"
        case attributeGroupName = "attribute_group_name"
        case attributeSetId = "attribute_set_id"
        case extensionAttributes = "extension_attributes"
    }
}
