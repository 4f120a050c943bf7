/// `bundle-data-option-interface`: one option of a bundle product and the products it offers
/// (`{"option_id": 1, "title": "Strap", "required": true, "type": "select", "position": 1,
/// "sku": "bundle-sku", "product_links": [...]}`).
public struct BundleOption: Codable, Sendable, Equatable {
    public var optionId: Int?
    public var title: String?
    public var required: Bool?
    /// `select`, `radio`, `checkbox` or `multi` (`GET /V1/bundle-products/options/types`).
    public var type: String?
    public var position: Int?
    /// The bundle product's SKU.
    public var sku: String?
    public var productLinks: [BundleLink]?
    public var extensionAttributes: JSONObject?

    public init(
        optionId: Int? = nil,
        title: String? = nil,
        required: Bool? = nil,
        type: String? = nil,
        position: Int? = nil,
        sku: String? = nil,
        productLinks: [BundleLink]? = nil,
        extensionAttributes: JSONObject? = nil
    ) {
        self.optionId = optionId
        self.title = title
        self.required = required
        self.type = type
        self.position = position
        self.sku = sku
        self.productLinks = productLinks
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case optionId = "option_id"
        case title, required, type, position, sku
        case productLinks = "product_links"
        case extensionAttributes = "extension_attributes"
    }
}
