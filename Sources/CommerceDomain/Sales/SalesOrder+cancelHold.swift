import Foundation

/// Cancel, hold and unhold (Magento's OrderService and `Order::registerCancellation`, `hold`,
/// `unhold`), and the stock an order takes when it is placed.
extension SalesOrder {
    /// Cancels what is left (`min(to invoice, to ship)` per row) and returns it to stock; `nil`
    /// when the order cannot be canceled (the API then answers `false`). An order with invoiced,
    /// refundable quantity stays `processing` (something left to ship) or becomes `complete`.
    public func canceling() -> OrderTransition? {
        guard canCancel else { return nil }
        var order = self
        var next = OrderState.canceled
        for item in items where !item.isDummy && item.qtyToRefund > 0 && next != .processing {
            next = item.qtyToShip > item.qtyToCancel ? .processing : .complete
        }
        var lines: [DocumentLine] = []
        for item in items where !item.isDummy && item.qtyToCancel > 0 {
            lines += order.move(\.qtyCanceled, qty: item.qtyToCancel, onItem: item.itemId) { row, qty in
                (SalesMoney.cents(row.price * qty), 0, 0)
            }
        }
        order.totals.subtotalCanceled = totals.subtotal - totals.subtotalInvoiced
        order.totals.taxCanceled = totals.taxAmount - totals.taxInvoiced
        order.totals.shippingCanceled = totals.shippingAmount - totals.shippingInvoiced
        order.totals.discountCanceled = totals.discountAmount - totals.discountInvoiced
        order.totals.totalCanceled = totals.grandTotal - totals.totalPaid
        order.state = next
        order.status = next.defaultStatus
        var documentTotals = DocumentTotals()
        documentTotals.totalQty = lines.filter { $0.parentOrderItemId == nil }.reduce(0) { $0 + $1.qty }
        return OrderTransition(
            order: order, lines: lines, totals: documentTotals,
            stock: Self.stockMovements(lines, in: self, sign: 1)
        )
    }

    /// Puts the order on hold, remembering its state and status.
    public func holding() throws -> SalesOrder {
        guard canHold else { throw CommerceError.invalidState(message: SalesMessages.holdNotAvailable) }
        var order = self
        order.holdBeforeState = state
        order.holdBeforeStatus = status
        order.state = .holded
        order.status = OrderState.holded.defaultStatus
        return order
    }

    /// Takes the order off hold, back to the state and status it had.
    public func unholding() throws -> SalesOrder {
        guard canUnhold else { throw CommerceError.invalidState(message: SalesMessages.unholdNotAvailable) }
        var order = self
        order.state = holdBeforeState ?? .new
        order.status = holdBeforeStatus ?? order.state.defaultStatus
        order.holdBeforeState = nil
        order.holdBeforeStatus = nil
        return order
    }

    /// The stock a newly placed order takes: the ordered quantity of every row that holds stock
    /// (simple rows and the children of configurables), as Magento's checkout subtracts it.
    public var placementStock: [StockMovement] {
        items.filter { $0.movesStock && $0.qtyOrdered > 0 }.map {
            StockMovement(productId: $0.productId, sku: $0.sku, qty: -$0.qtyOrdered)
        }
    }
}
