import Foundation

/// `inventory-low-quantity-notification-api-data-source-item-configuration-interface`:
/// the low-stock threshold of a SKU at one source.
public struct SourceItemConfiguration: Codable, Sendable, Equatable {
    public var sourceCode: String?
    public var notifyStockQty: Decimal?
    public var sku: String?
    public var extensionAttributes: JSONObject?

    public init(
        sourceCode: String? = nil,
        notifyStockQty: Decimal? = nil,
        sku: String? = nil,
        extensionAttributes: JSONObject? = nil
    ) {
        self.sourceCode = sourceCode
        self.notifyStockQty = notifyStockQty
        self.sku = sku
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case sourceCode = "source_code"
        case notifyStockQty = "notify_stock_qty"
        case sku
        case extensionAttributes = "extension_attributes"
    }
}
