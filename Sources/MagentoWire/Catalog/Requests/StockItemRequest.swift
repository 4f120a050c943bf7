/// Body of `PUT /V1/products/:productSku/stockItems/:itemId`: `{"stockItem": {…}}`.
/// Keys are snake_case here; the binder also accepts the camelCase names clients usually send.
public struct StockItemRequest: Codable, Sendable, Equatable {
    public var stockItem: StockItem

    public init(stockItem: StockItem) {
        self.stockItem = stockItem
    }

    enum CodingKeys: String, CodingKey {
        case stockItem = "stock_item"
    }
}
