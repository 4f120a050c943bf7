import Foundation

/// `catalog-data-tier-price-interface`: `/V1/products/tier-prices`. Unlike a product's `tier_prices`,
/// the customer group is named by code (`"ALL GROUPS"`, `"General"`).
public struct TierPrice: Codable, Sendable, Equatable {
    public var price: Decimal?
    /// `fixed` or `discount`.
    public var priceType: String?
    public var websiteId: Int?
    public var sku: String?
    public var customerGroup: String?
    public var quantity: Decimal?
    public var extensionAttributes: JSONObject?

    public init(
        price: Decimal? = nil,
        priceType: String? = nil,
        websiteId: Int? = nil,
        sku: String? = nil,
        customerGroup: String? = nil,
        quantity: Decimal? = nil,
        extensionAttributes: JSONObject? = nil
    ) {
        self.price = price
        self.priceType = priceType
        self.websiteId = websiteId
        self.sku = sku
        self.customerGroup = customerGroup
        self.quantity = quantity
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case price
        case priceType = "price_type"
        case websiteId = "website_id"
        case sku
        case customerGroup = "customer_group"
        case quantity
        case extensionAttributes = "extension_attributes"
    }
}
