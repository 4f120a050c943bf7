/// Body of `POST` and `PUT /V1/categories/:categoryId/products`: `{"productLink": {sku, position, category_id}}`.
/// Keys are snake_case here; the binder also accepts the camelCase names clients usually send.
public struct CategoryProductLinkRequest: Codable, Sendable, Equatable {
    public var productLink: CategoryProductLink

    public init(productLink: CategoryProductLink) {
        self.productLink = productLink
    }

    enum CodingKeys: String, CodingKey {
        case productLink = "product_link"
    }
}
