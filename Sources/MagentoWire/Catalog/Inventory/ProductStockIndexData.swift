/// One product in a stock's export (MSI's `ProductStockIndexDataInterface` and the items of
/// `ExportStockSalableQtySearchResultInterface`).
public struct ProductStockIndexData: Codable, Sendable, Equatable {
    public var sku: String
    public var qty: Double
    public var isSalable: Bool

    public init(sku: String, qty: Double, isSalable: Bool) {
        self.sku = sku
        self.qty = qty
        self.isSalable = isSalable
    }

    enum CodingKeys: String, CodingKey {
        case sku, qty
        case isSalable = "is_salable"
    }
}
