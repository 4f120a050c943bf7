/// `inventory-api-data-stock-interface`: an MSI stock, `/V1/inventory/stocks`. The default stock is id 1.
public struct InventoryStock: Codable, Sendable, Equatable {
    public var stockId: Int?
    public var name: String?
    public var extensionAttributes: InventoryStockExtension?

    public init(stockId: Int? = nil, name: String? = nil, extensionAttributes: InventoryStockExtension? = nil) {
        self.stockId = stockId
        self.name = name
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case stockId = "stock_id"
        case name
        case extensionAttributes = "extension_attributes"
    }
}

/// `inventory-api-data-stock-extension-interface`: the sales channels (websites) the stock serves.
public struct InventoryStockExtension: Codable, Sendable, Equatable {
    public var salesChannels: [SalesChannel]?

    public init(salesChannels: [SalesChannel]? = nil) {
        self.salesChannels = salesChannels
    }

    enum CodingKeys: String, CodingKey {
        case salesChannels = "sales_channels"
    }
}
