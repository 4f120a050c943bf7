/// `catalog-data-product-link-type-interface`: `GET /V1/products/links/types`, `{"code": 1, "name": "related"}`.
public struct ProductLinkType: Codable, Sendable, Equatable {
    public var code: Int?
    public var name: String?

    public init(code: Int? = nil, name: String? = nil) {
        self.code = code
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case code
        case name
    }
}
