/// `catalog-data-product-attribute-type-interface`: `GET /V1/products/attributes/types`.
public struct ProductAttributeType: Codable, Sendable, Equatable {
    /// The `frontend_input`, `text`, `select`, …
    public var value: String?
    public var label: String?

    public init(value: String? = nil, label: String? = nil) {
        self.value = value
        self.label = label
    }

    enum CodingKeys: String, CodingKey {
        case value
        case label
    }
}
