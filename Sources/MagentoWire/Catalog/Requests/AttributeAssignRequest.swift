/// Body of `POST /V1/products/attribute-sets/attributes`:
/// `{"attributeSetId": 4, "attributeGroupId": 7, "attributeCode": "color", "sortOrder": 10}`. Keys are snake_case
/// here; the binder also accepts the camelCase names clients usually send.
public struct AttributeAssignRequest: Codable, Sendable, Equatable {
    public var attributeSetId: Int
    public var attributeGroupId: Int
    public var attributeCode: String
    public var sortOrder: Int

    public init(attributeSetId: Int, attributeGroupId: Int, attributeCode: String, sortOrder: Int) {
        self.attributeSetId = attributeSetId
        self.attributeGroupId = attributeGroupId
        self.attributeCode = attributeCode
        self.sortOrder = sortOrder
    }

    enum CodingKeys: String, CodingKey {
        case attributeSetId = "attribute_set_id"
        case attributeGroupId = "attribute_group_id"
        case attributeCode = "attribute_code"
        case sortOrder = "sort_order"
    }
}
