import Foundation

/// MSI's priority source selection: sources in the stock's link priority, each giving what it
/// has until the line is covered. Shared by `POST /V1/inventory/source-selection-algorithm-result`
/// and the shipment deduction when reservations are on, so the two cannot disagree.
public enum PrioritySourceSelection {
    /// A source item a selection may take from.
    public struct Available: Sendable, Equatable {
        public var sourceCode: String
        public var quantity: Decimal
        public var inStock: Bool

        public init(sourceCode: String, quantity: Decimal, inStock: Bool) {
            self.sourceCode = sourceCode
            self.quantity = quantity
            self.inStock = inStock
        }
    }

    /// What one source gives to one line.
    public struct Pick: Sendable, Equatable {
        public var sourceCode: String
        public var qtyToDeduct: Decimal
        public var qtyAvailable: Decimal

        public init(sourceCode: String, qtyToDeduct: Decimal, qtyAvailable: Decimal) {
            self.sourceCode = sourceCode
            self.qtyToDeduct = qtyToDeduct
            self.qtyAvailable = qtyAvailable
        }
    }

    /// The picks for `qty` of one SKU, from `sources` (codes in priority order) holding `items`,
    /// and what could not be covered. Out-of-stock items are skipped; every in-stock source is
    /// listed, even when it gives nothing, as MSI's result lists them.
    public static func select(qty: Decimal, sources: [String], items: [Available]) -> (picks: [Pick], uncovered: Decimal) {
        var remaining = qty
        var picks: [Pick] = []
        for code in sources {
            guard let item = items.first(where: { $0.sourceCode == code }), item.inStock else { continue }
            let available = max(item.quantity, 0)
            let deduct = min(available, remaining)
            remaining -= deduct
            picks.append(Pick(sourceCode: code, qtyToDeduct: deduct, qtyAvailable: available))
        }
        return (picks, remaining)
    }
}
