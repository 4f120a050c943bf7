/// Body of `POST /V1/inventory/stocks` and `PUT /V1/inventory/stocks/:stockId`: `{"stock": {…}}`.
public struct InventoryStockRequest: Codable, Sendable, Equatable {
    public var stock: InventoryStock

    public init(stock: InventoryStock) {
        self.stock = stock
    }

    enum CodingKeys: String, CodingKey {
        case stock
    }
}
