/// Body of `POST /V1/eav/attribute-sets`: `{"entityTypeCode": "catalog_product", "attributeSet": {…}, "skeletonId":
/// 4}`.
/// Keys are snake_case here; the binder also accepts the camelCase names clients usually send.
public struct EavAttributeSetCreateRequest: Codable, Sendable, Equatable {
    public var entityTypeCode: String
    public var attributeSet: AttributeSet
    public var skeletonId: Int

    public init(entityTypeCode: String, attributeSet: AttributeSet, skeletonId: Int) {
        self.entityTypeCode = entityTypeCode
        self.attributeSet = attributeSet
        self.skeletonId = skeletonId
    }

    enum CodingKeys: String, CodingKey {
        case entityTypeCode = "entity_type_code"
        case attributeSet = "attribute_set"
        case skeletonId = "skeleton_id"
    }
}
