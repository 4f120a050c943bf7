import Foundation

/// `catalog-data-special-price-interface`: `/V1/products/special-price`. Dates are `YYYY-MM-DD HH:MM:SS`.
public struct SpecialPrice: Codable, Sendable, Equatable {
    public var price: Decimal?
    public var storeId: Int?
    public var sku: String?
    public var priceFrom: String?
    public var priceTo: String?
    public var extensionAttributes: JSONObject?

    public init(
        price: Decimal? = nil,
        storeId: Int? = nil,
        sku: String? = nil,
        priceFrom: String? = nil,
        priceTo: String? = nil,
        extensionAttributes: JSONObject? = nil
    ) {
        self.price = price
        self.storeId = storeId
        self.sku = sku
        self.priceFrom = priceFrom
        self.priceTo = priceTo
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case price
        case storeId = "store_id"
        case sku
        case priceFrom = "price_from"
        case priceTo = "price_to"
        case extensionAttributes = "extension_attributes"
    }
}
