/// Body of `POST /V1/products/attribute-sets`: `{"attributeSet": {…}, "skeletonId": 4}`; the new set
/// copies the groups and attributes of the skeleton set. Keys are snake_case here; the binder also accepts the
/// camelCase names clients usually send.
public struct AttributeSetCreateRequest: Codable, Sendable, Equatable {
    public var attributeSet: AttributeSet
    public var skeletonId: Int

    public init(attributeSet: AttributeSet, skeletonId: Int) {
        self.attributeSet = attributeSet
        self.skeletonId = skeletonId
    }

    enum CodingKeys: String, CodingKey {
        case attributeSet = "attribute_set"
        case skeletonId = "skeleton_id"
    }
}
