import Foundation

/// `catalog-data-product-tier-price-interface`: a product's quantity discount, in `tier_prices`.
public struct ProductTierPrice: Codable, Sendable, Equatable {
    /// 32000 means all groups.
    public var customerGroupId: Int?
    public var qty: Decimal?
    public var value: Decimal?
    public var extensionAttributes: ProductTierPriceExtension?

    public init(
        customerGroupId: Int? = nil,
        qty: Decimal? = nil,
        value: Decimal? = nil,
        extensionAttributes: ProductTierPriceExtension? = nil
    ) {
        self.customerGroupId = customerGroupId
        self.qty = qty
        self.value = value
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case customerGroupId = "customer_group_id"
        case qty
        case value
        case extensionAttributes = "extension_attributes"
    }
}

/// `catalog-data-product-tier-price-extension-interface`.
public struct ProductTierPriceExtension: Codable, Sendable, Equatable {
    /// Set instead of a fixed `value` for a percentage discount.
    public var percentageValue: Decimal?
    public var websiteId: Int?

    public init(percentageValue: Decimal? = nil, websiteId: Int? = nil) {
        self.percentageValue = percentageValue
        self.websiteId = websiteId
    }

    enum CodingKeys: String, CodingKey {
        case percentageValue = "percentage_value"
        case websiteId = "website_id"
    }
}
