/// `cataloginventory-data-stock-status-interface`: `GET /V1/stockStatuses/:sku`.
public struct StockStatus: Codable, Sendable, Equatable {
    public var productId: Int?
    public var stockId: Int?
    /// An int in the interface (`@return int`), so Magento truncates fractional stock here.
    public var qty: Int?
    /// 1 in stock, 0 out of stock.
    public var stockStatus: Int?
    public var stockItem: StockItem?
    public var extensionAttributes: JSONObject?

    public init(
        productId: Int? = nil,
        stockId: Int? = nil,
        qty: Int? = nil,
        stockStatus: Int? = nil,
        stockItem: StockItem? = nil,
        extensionAttributes: JSONObject? = nil
    ) {
        self.productId = productId
        self.stockId = stockId
        self.qty = qty
        self.stockStatus = stockStatus
        self.stockItem = stockItem
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case productId = "product_id"
        case stockId = "stock_id"
        case qty
        case stockStatus = "stock_status"
        case stockItem = "stock_item"
        case extensionAttributes = "extension_attributes"
    }
}
