import Foundation

/// `POST /V1/order/:id/invoice` (Magento's InvoiceOrder): validation, then the invoice.
extension SalesOrder {
    /// Invoices the requested rows (none: everything left to invoice). Offline payment makes
    /// the invoice paid at once, so `total_paid` grows with `total_invoiced`.
    public func invoicing(_ request: [DocumentItemRequest]) throws -> OrderTransition {
        let wanted = request.isEmpty
            ? Dictionary(uniqueKeysWithValues: items.filter { $0.qtyToInvoice > 0 }.map { ($0.itemId, $0.qtyToInvoice) })
            : Self.requested(request)
        var messages: [String] = []
        var totalQty: Decimal = 0
        for item in items {
            guard let qty = wanted[item.itemId] else { continue }
            if qty > item.qtyToInvoice, !item.isDummy {
                messages.append(SalesMessages.invoiceQtyTooHigh(item.sku))
            }
            totalQty += qty
        }
        if wanted.keys.contains(where: { item($0) == nil }) {
            messages.append(SalesMessages.invoiceUnknownItem)
        } else if totalQty <= 0 {
            messages.append(SalesMessages.invoiceWithoutProducts)
        }
        if [.paymentReview, .holded, .canceled, .complete, .closed].contains(state) {
            messages.append(SalesMessages.invoiceRefusedInStatus(status))
        } else if !canInvoice {
            messages.append(SalesMessages.invoiceNotAllowed)
        }
        guard messages.isEmpty else { throw SalesMessages.documentError(.invoice, messages) }

        var order = self
        var lines: [DocumentLine] = []
        var totals = DocumentTotals()
        for item in items where !item.isDummy {
            guard let qty = wanted[item.itemId], qty > 0 else { continue }
            let isLast = qty >= item.qtyOrdered - item.qtyInvoiced
            let money = Self.proRata(
                tax: \.taxAmount, taxTaken: \.taxInvoiced, discount: \.discountAmount, discountTaken: \.discountInvoiced,
                base: \.qtyOrdered, isLast: isLast
            )
            lines += order.move(\.qtyInvoiced, qty: qty, onItem: item.itemId, money: money)
        }
        for line in lines {
            guard let index = order.items.firstIndex(where: { $0.itemId == line.orderItemId }) else { continue }
            order.items[index].rowInvoiced += line.rowTotal
            order.items[index].taxInvoiced += line.taxAmount
            order.items[index].discountInvoiced += line.discountAmount
            totals.add(line)
        }
        // The whole shipping charge goes on the first invoice.
        totals.shippingAmount = order.totals.shippingAmount - order.totals.shippingInvoiced
        totals.taxAmount += order.totals.shippingTax(upTo: order.totals.shippingAmount) - order.totals.shippingTax(upTo: order.totals.shippingInvoiced)
        order.totals.subtotalInvoiced += totals.subtotal
        order.totals.taxInvoiced += totals.taxAmount
        order.totals.discountInvoiced += totals.discountAmount
        order.totals.shippingInvoiced += totals.shippingAmount
        order.totals.totalInvoiced += totals.grandTotal
        order.totals.totalPaid += totals.grandTotal
        order.settle(inProgress: true)
        return OrderTransition(order: order, lines: lines, totals: totals, stock: [])
    }
}
