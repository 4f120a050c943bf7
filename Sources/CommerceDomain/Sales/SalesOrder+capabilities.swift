import Foundation

/// What Magento's `Order::can*()` checks answer, and the state an order settles in after a
/// document (`StateResolver` plus the order-save state handler).
extension SalesOrder {
    var isHeld: Bool { state == .holded }

    /// Something is left to invoice, and the state allows invoicing.
    public var canInvoice: Bool {
        guard ![.holded, .paymentReview, .canceled, .complete, .closed].contains(state) else { return false }
        return items.contains { $0.qtyToInvoice > 0 }
    }

    /// A non-virtual row has quantity left to ship, and the state allows shipping.
    public var canShip: Bool {
        guard ![.holded, .paymentReview, .canceled].contains(state), !isVirtual else { return false }
        return items.contains { $0.qtyToShip > 0 && !$0.isVirtual }
    }

    /// Paid money is left to refund, and the state allows refunds.
    public var canCreditmemo: Bool {
        guard ![.holded, .paymentReview, .canceled, .closed].contains(state) else { return false }
        return totals.refundable >= Decimal(string: "0.0001")!
    }

    /// Not held, not in payment review, not finished, and some quantity is still uninvoiced.
    public var canCancel: Bool {
        guard ![.canceled, .holded, .paymentReview, .complete, .closed].contains(state) else { return false }
        return items.contains { $0.qtyToInvoice > 0 }
    }

    public var canHold: Bool { ![.canceled, .paymentReview, .complete, .closed, .holded].contains(state) }
    public var canUnhold: Bool { state == .holded }

    /// The state after a document: `new` (and `pending_payment`) move to `processing` when the
    /// document puts the order in progress; with nothing left to invoice or ship the order is
    /// `complete` while money is still refundable (or it cost nothing), `closed` once refunded.
    func settledState(inProgress: Bool) -> OrderState {
        guard ![.canceled, .holded, .paymentReview, .closed].contains(state) else { return state }
        var next = state
        if inProgress, state == .new || state == .pendingPayment { next = .processing }
        if !canInvoice, !canShip {
            if totals.grandTotal == 0 || canCreditmemo {
                next = .complete
            } else if totals.totalRefunded > 0 {
                next = .closed
            }
        }
        return next
    }

    mutating func settle(inProgress: Bool) {
        state = settledState(inProgress: inProgress)
        status = state.defaultStatus
    }
}
