import Foundation

/// The stock a lifecycle step moves when MSI reservations are on
/// (`cataloginventory/magpie/reservations`): placement only reserves, so a shipment is what takes
/// quantity from the sources, and a credit memo splits between releasing what was still reserved
/// and returning to the sources what had left them.
extension SalesOrder {
    /// What a shipment's rows take from the sources: the shipped quantity of every row that holds
    /// stock, as positive quantities.
    public func shippedStock(_ transition: OrderTransition) -> [StockMovement] {
        Self.stockMovements(transition.lines, in: self, sign: 1)
    }

    /// For a credit memo made from this order (before the refund): `release` is the refunded
    /// quantity that never shipped, still held by the placement's reservation, which a
    /// compensating reservation frees whether or not it returns to stock (the goods never left
    /// the source); `toSource` is the rest of what `return_to_stock_items` names, which had left
    /// with a shipment and goes back to the source, as the legacy return does.
    public func refundedStock(_ transition: OrderTransition, returnToStock: [Int]) -> (release: [StockMovement], toSource: [StockMovement]) {
        let returned = Set(returnToStock)
        var release: [StockMovement] = []
        var toSource: [StockMovement] = []
        for line in transition.lines {
            guard let item = item(line.orderItemId), item.movesStock, line.qty > 0 else { continue }
            let held = max(0, item.qtyOrdered - item.qtyShipped - item.qtyRefunded - item.qtyCanceled)
            let unshipped = min(line.qty, held)
            if unshipped > 0 { release.append(StockMovement(productId: item.productId, sku: item.sku, qty: unshipped)) }
            let isReturned = returned.contains(line.orderItemId) || line.parentOrderItemId.map(returned.contains) == true
            if isReturned, line.qty > unshipped {
                toSource.append(StockMovement(productId: item.productId, sku: item.sku, qty: line.qty - unshipped))
            }
        }
        return (release, toSource)
    }
}
