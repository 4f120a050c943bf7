/// Body of `POST /V1/products/attributes` and `PUT /V1/products/attributes/:attributeCode`: `{"attribute": {…}}`.
public struct AttributeSaveRequest: Codable, Sendable, Equatable {
    public var attribute: ProductAttribute

    public init(attribute: ProductAttribute) {
        self.attribute = attribute
    }

    enum CodingKeys: String, CodingKey {
        case attribute
    }
}
