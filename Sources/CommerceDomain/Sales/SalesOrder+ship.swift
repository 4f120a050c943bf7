import Foundation

/// `POST /V1/order/:id/ship` (Magento's ShipOrder): validation, then the shipment.
extension SalesOrder {
    /// Ships the requested rows (none: everything left to ship). Stock already left at order
    /// placement, so a shipment moves none; shipping alone never completes an order.
    public func shipping(_ request: [DocumentItemRequest], tracks: [TrackRequest] = []) throws -> OrderTransition {
        let wanted = request.isEmpty
            ? Dictionary(uniqueKeysWithValues: items.filter { $0.qtyToShip > 0 && !$0.isVirtual }.map { ($0.itemId, $0.qtyToShip) })
            : Self.requested(request)
        var messages: [String] = []
        var totalQty: Decimal = 0
        for (id, _) in wanted.sorted(by: { $0.key < $1.key }) where item(id) == nil {
            messages.append(SalesMessages.shipmentUnknownItem(String(id)))
        }
        for item in items {
            guard let qty = wanted[item.itemId] else { continue }
            if qty > item.qtyToShip, !item.isDummy {
                messages.append(SalesMessages.shipQtyTooHigh(item.sku))
            }
            totalQty += qty
        }
        if totalQty <= 0 { messages.append(SalesMessages.shipmentWithoutProducts) }
        for track in tracks where (track.trackNumber ?? "").isEmpty {
            messages.append(SalesMessages.trackNumberMissing)
        }
        if [.paymentReview, .holded, .canceled].contains(state) || isVirtual {
            messages.append(SalesMessages.shipmentRefusedInStatus(status))
        } else if !canShip {
            messages.append(SalesMessages.shipmentNotAllowed)
        }
        guard messages.isEmpty else { throw SalesMessages.documentError(.shipment, messages) }

        var order = self
        var lines: [DocumentLine] = []
        var totals = DocumentTotals()
        for item in items where !item.isDummy {
            guard let qty = wanted[item.itemId], qty > 0 else { continue }
            lines += order.move(\.qtyShipped, qty: qty, onItem: item.itemId) { row, qty in
                (SalesMoney.cents(row.price * qty), 0, 0)
            }
            totals.totalQty += qty
        }
        order.settle(inProgress: true)
        return OrderTransition(order: order, lines: lines, totals: totals, stock: [])
    }
}
