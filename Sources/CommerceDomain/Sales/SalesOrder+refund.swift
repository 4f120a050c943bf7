import Foundation

/// `POST /V1/order/:id/refund` and `POST /V1/invoice/:id/refund` (Magento's RefundOrder and
/// RefundInvoice): validation, then the credit memo.
extension SalesOrder {
    /// Refunds the requested rows (none: everything invoiced and not yet refunded, or what the
    /// invoice still holds). Stock comes back only for rows in `return_to_stock_items`.
    public func refunding(
        _ request: [DocumentItemRequest], arguments: RefundArguments = RefundArguments(),
        invoice: InvoiceRefundLimit? = nil
    ) throws -> OrderTransition {
        let limit: (SalesOrderItem) -> Decimal = { item in
            min(item.qtyToRefund, invoice.map { $0.qtyByOrderItem[item.itemId] ?? 0 } ?? item.qtyToRefund)
        }
        let wanted = request.isEmpty
            ? Dictionary(uniqueKeysWithValues: items.filter { limit($0) > 0 }.map { ($0.itemId, limit($0)) })
            : Self.requested(request)
        var messages: [String] = []
        if [.paymentReview, .holded, .canceled, .closed].contains(state) {
            messages.append(SalesMessages.creditmemoRefusedInStatus(status))
        } else if !canCreditmemo {
            messages.append(SalesMessages.creditmemoNotAllowed)
        }
        if let invoice, invoice.amount <= 0 { messages.append(SalesMessages.invoiceNotRefundable) }

        var order = self
        var lines: [DocumentLine] = []
        var totals = DocumentTotals()
        var totalQty: Decimal = 0
        for (id, _) in wanted.sorted(by: { $0.key < $1.key }) where item(id) == nil {
            messages.append(SalesMessages.creditmemoUnknownItem(String(id)))
        }
        for item in items {
            guard let qty = wanted[item.itemId] else { continue }
            if qty > limit(item), !item.isDummy {
                messages.append(SalesMessages.refundQtyTooHigh(item.sku))
                continue
            }
            totalQty += qty
            guard !item.isDummy, qty > 0 else { continue }
            let isLast = qty >= item.qtyInvoiced - item.qtyRefunded
            let money = Self.proRata(
                tax: \.taxInvoiced, taxTaken: \.taxRefunded, discount: \.discountInvoiced, discountTaken: \.discountRefunded,
                base: \.qtyInvoiced, isLast: isLast
            )
            lines += order.move(\.qtyRefunded, qty: qty, onItem: item.itemId, money: money)
        }
        for line in lines { totals.add(line) }
        let shippingLeft = self.totals.shippingInvoiced - self.totals.shippingRefunded
        totals.shippingAmount = arguments.shippingAmount ?? shippingLeft
        let refundedShipping = self.totals.shippingRefunded
        totals.taxAmount += self.totals.shippingTax(upTo: refundedShipping + totals.shippingAmount) - self.totals.shippingTax(upTo: refundedShipping)
        totals.adjustmentPositive = arguments.adjustmentPositive
        totals.adjustmentNegative = arguments.adjustmentNegative
        if totals.shippingAmount > shippingLeft {
            messages.append(SalesMessages.shippingRefundTooHigh(SalesMoney.formatted(shippingLeft, currency: currencyCode)))
        }
        if totalQty <= 0, totals.adjustmentPositive == 0, totals.shippingAmount == 0 {
            messages.append(SalesMessages.creditmemoWithoutProducts)
        }
        let available = min(self.totals.refundable, invoice?.amount ?? self.totals.refundable)
        if totals.grandTotal <= 0 {
            messages.append(SalesMessages.creditmemoTotalNotPositive)
        } else if SalesMoney.cents(totals.grandTotal) > SalesMoney.cents(available) {
            messages.append(SalesMessages.refundTooMuch(SalesMoney.formatted(available, currency: currencyCode)))
        }
        messages += returnToStockProblems(arguments.returnToStockItems, lines: lines)
        guard messages.isEmpty else { throw SalesMessages.documentError(.creditmemo, messages) }

        for line in lines {
            guard let index = order.items.firstIndex(where: { $0.itemId == line.orderItemId }) else { continue }
            order.items[index].amountRefunded += line.rowTotal
            order.items[index].taxRefunded += line.taxAmount
            order.items[index].discountRefunded += line.discountAmount
        }
        order.totals.subtotalRefunded += totals.subtotal
        order.totals.taxRefunded += totals.taxAmount
        order.totals.discountRefunded += totals.discountAmount
        order.totals.shippingRefunded += totals.shippingAmount
        order.totals.adjustmentPositive += totals.adjustmentPositive
        order.totals.adjustmentNegative += totals.adjustmentNegative
        order.totals.totalRefunded += totals.grandTotal
        order.settle(inProgress: false)
        let returned = Set(arguments.returnToStockItems)
        let returning = lines.filter { returned.contains($0.orderItemId) || $0.parentOrderItemId.map(returned.contains) == true }
        return OrderTransition(
            order: order, lines: lines, totals: totals,
            stock: Self.stockMovements(returning, in: self, sign: 1)
        )
    }

    /// Each id in `return_to_stock_items` must be a row of the order and of this credit memo.
    private func returnToStockProblems(_ ids: [Int], lines: [DocumentLine]) -> [String] {
        for id in ids {
            guard let row = item(id) else { return [SalesMessages.returnToStockUnknownItem] }
            if !lines.contains(where: { $0.orderItemId == id }) { return [SalesMessages.returnToStockNotInCreditmemo(row.sku)] }
        }
        return []
    }
}
