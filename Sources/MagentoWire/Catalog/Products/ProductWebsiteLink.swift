/// `catalog-data-product-website-link-interface`: a product assigned to a website.
public struct ProductWebsiteLink: Codable, Sendable, Equatable {
    public var sku: String?
    public var websiteId: Int?

    public init(sku: String? = nil, websiteId: Int? = nil) {
        self.sku = sku
        self.websiteId = websiteId
    }

    enum CodingKeys: String, CodingKey {
        case sku
        case websiteId = "website_id"
    }
}
