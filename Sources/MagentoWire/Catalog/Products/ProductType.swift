/// `catalog-data-product-type-interface`: `GET /V1/products/types`, `{"name": "simple", "label": "Simple Product"}`.
public struct ProductType: Codable, Sendable, Equatable {
    public var name: String?
    public var label: String?

    public init(name: String? = nil, label: String? = nil) {
        self.name = name
        self.label = label
    }

    enum CodingKeys: String, CodingKey {
        case name
        case label
    }
}
