/// `catalog-data-product-link-attribute-interface`: `GET /V1/products/links/:type/attributes`.
public struct ProductLinkAttribute: Codable, Sendable, Equatable {
    public var code: String?
    public var type: String?

    public init(code: String? = nil, type: String? = nil) {
        self.code = code
        self.type = type
    }

    enum CodingKeys: String, CodingKey {
        case code
        case type
    }
}
