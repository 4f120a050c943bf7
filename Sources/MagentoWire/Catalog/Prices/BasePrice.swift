import Foundation

/// `catalog-data-base-price-interface`: `/V1/products/base-prices`.
public struct BasePrice: Codable, Sendable, Equatable {
    public var price: Decimal?
    public var storeId: Int?
    public var sku: String?
    public var extensionAttributes: JSONObject?

    public init(
        price: Decimal? = nil,
        storeId: Int? = nil,
        sku: String? = nil,
        extensionAttributes: JSONObject? = nil
    ) {
        self.price = price
        self.storeId = storeId
        self.sku = sku
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case price
        case storeId = "store_id"
        case sku
        case extensionAttributes = "extension_attributes"
    }
}
