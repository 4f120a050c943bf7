/// One line of `POST /V1/inventory/bulk-partial-source-transfer`: a SKU and how much of it to move.
public struct PartialTransferItem: Codable, Sendable, Equatable {
    public var sku: String
    public var qty: Double

    public init(sku: String, qty: Double) {
        self.sku = sku
        self.qty = qty
    }
}
