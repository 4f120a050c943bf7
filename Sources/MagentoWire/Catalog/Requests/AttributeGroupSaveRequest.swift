/// Body of `POST /V1/products/attribute-sets/groups` and `PUT /V1/products/attribute-sets/:attributeSetId/groups`:
/// `{"group": {…}}`.
public struct AttributeGroupSaveRequest: Codable, Sendable, Equatable {
    public var group: AttributeGroup

    public init(group: AttributeGroup) {
        self.group = group
    }

    enum CodingKeys: String, CodingKey {
        case group
    }
}
