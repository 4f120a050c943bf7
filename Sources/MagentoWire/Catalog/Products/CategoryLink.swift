/// `catalog-data-category-link-interface`: a product's place in a category, as listed in the
/// product's `extension_attributes.category_links`. `category_id` is a **string** on the wire.
public struct CategoryLink: Codable, Sendable, Equatable {
    public var position: Int?
    public var categoryId: String?
    public var extensionAttributes: JSONObject?

    public init(position: Int? = nil, categoryId: String? = nil, extensionAttributes: JSONObject? = nil) {
        self.position = position
        self.categoryId = categoryId
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case position
        case categoryId = "category_id"
        case extensionAttributes = "extension_attributes"
    }
}
