import Foundation

/// `catalog-data-cost-interface`: `/V1/products/cost`.
public struct Cost: Codable, Sendable, Equatable {
    public var cost: Decimal?
    public var storeId: Int?
    public var sku: String?
    public var extensionAttributes: JSONObject?

    public init(cost: Decimal? = nil, storeId: Int? = nil, sku: String? = nil, extensionAttributes: JSONObject? = nil) {
        self.cost = cost
        self.storeId = storeId
        self.sku = sku
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case cost
        case storeId = "store_id"
        case sku
        case extensionAttributes = "extension_attributes"
    }
}
