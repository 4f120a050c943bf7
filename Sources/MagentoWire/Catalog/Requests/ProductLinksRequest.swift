/// Body of `POST /V1/products/:sku/links`: `{"items": [ProductLink]}`.
public struct ProductLinksRequest: Codable, Sendable, Equatable {
    public var items: [ProductLink]

    public init(items: [ProductLink]) {
        self.items = items
    }

    enum CodingKeys: String, CodingKey {
        case items
    }
}
