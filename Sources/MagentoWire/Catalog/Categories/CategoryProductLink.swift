/// `catalog-data-category-product-link-interface`: a product assigned to a category
/// (`/V1/categories/:categoryId/products`). `category_id` is a **string** on the wire.
public struct CategoryProductLink: Codable, Sendable, Equatable {
    public var sku: String?
    public var position: Int?
    public var categoryId: String?
    public var extensionAttributes: JSONObject?

    public init(
        sku: String? = nil,
        position: Int? = nil,
        categoryId: String? = nil,
        extensionAttributes: JSONObject? = nil
    ) {
        self.sku = sku
        self.position = position
        self.categoryId = categoryId
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case sku
        case position
        case categoryId = "category_id"
        case extensionAttributes = "extension_attributes"
    }
}
