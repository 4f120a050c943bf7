/// Body of `PUT /V1/products/:sku/links`: `{"entity": ProductLink}`.
public struct ProductLinkSaveRequest: Codable, Sendable, Equatable {
    public var entity: ProductLink

    public init(entity: ProductLink) {
        self.entity = entity
    }

    enum CodingKeys: String, CodingKey {
        case entity
    }
}
