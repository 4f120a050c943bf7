/// Body of `PUT /V1/products/attribute-sets/:attributeSetId` and `PUT /V1/eav/attribute-sets/:attributeSetId`:
/// `{"attributeSet": {…}}`. Keys are snake_case here; the binder also accepts the camelCase names clients usually
/// send.
public struct AttributeSetSaveRequest: Codable, Sendable, Equatable {
    public var attributeSet: AttributeSet

    public init(attributeSet: AttributeSet) {
        self.attributeSet = attributeSet
    }

    enum CodingKeys: String, CodingKey {
        case attributeSet = "attribute_set"
    }
}
