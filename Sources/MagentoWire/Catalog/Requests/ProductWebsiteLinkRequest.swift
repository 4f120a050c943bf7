/// Body of `POST` and `PUT /V1/products/:sku/websites`: `{"productWebsiteLink": {"sku", "website_id"}}`.
/// Keys are snake_case here; the binder also accepts the camelCase names clients usually send.
public struct ProductWebsiteLinkRequest: Codable, Sendable, Equatable {
    public var productWebsiteLink: ProductWebsiteLink

    public init(productWebsiteLink: ProductWebsiteLink) {
        self.productWebsiteLink = productWebsiteLink
    }

    enum CodingKeys: String, CodingKey {
        case productWebsiteLink = "product_website_link"
    }
}
