import Foundation

/// `inventory-api-data-source-item-interface`: a SKU's physical quantity at one source.
public struct SourceItem: Codable, Sendable, Equatable {
    public var sku: String?
    public var sourceCode: String?
    public var quantity: Decimal?
    /// 1 in stock, 0 out of stock.
    public var status: Int?
    public var extensionAttributes: JSONObject?

    public init(
        sku: String? = nil,
        sourceCode: String? = nil,
        quantity: Decimal? = nil,
        status: Int? = nil,
        extensionAttributes: JSONObject? = nil
    ) {
        self.sku = sku
        self.sourceCode = sourceCode
        self.quantity = quantity
        self.status = status
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case sku
        case sourceCode = "source_code"
        case quantity
        case status
        case extensionAttributes = "extension_attributes"
    }
}
