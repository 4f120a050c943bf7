import Foundation
import MagentoWire

/// Reads and writes `SalesOrderTotals` on a wire order: each amount and its `base_*` twin.
struct SalesOrderTotalsWire {
    let value: SalesOrderTotals

    init(_ order: Order) {
        let discount = -(order.discountAmount ?? 0).magnitudeSigned
        var totals = SalesOrderTotals(
            subtotal: order.subtotal ?? 0, shippingAmount: order.shippingAmount ?? 0, taxAmount: order.taxAmount ?? 0,
            discountAmount: discount, grandTotal: order.grandTotal
        )
        totals.shippingTaxAmount = order.shippingTaxAmount ?? 0
        totals.subtotalInvoiced = order.subtotalInvoiced ?? 0
        totals.shippingInvoiced = order.shippingInvoiced ?? 0
        totals.taxInvoiced = order.taxInvoiced ?? 0
        totals.discountInvoiced = -(order.discountInvoiced ?? 0).magnitudeSigned
        totals.totalInvoiced = order.totalInvoiced ?? 0
        totals.totalPaid = order.totalPaid ?? 0
        totals.subtotalRefunded = order.subtotalRefunded ?? 0
        totals.shippingRefunded = order.shippingRefunded ?? 0
        totals.taxRefunded = order.taxRefunded ?? 0
        totals.discountRefunded = -(order.discountRefunded ?? 0).magnitudeSigned
        totals.adjustmentPositive = order.adjustmentPositive ?? 0
        totals.adjustmentNegative = order.adjustmentNegative ?? 0
        totals.totalRefunded = order.totalRefunded ?? 0
        totals.subtotalCanceled = order.subtotalCanceled ?? 0
        totals.shippingCanceled = order.shippingCanceled ?? 0
        totals.taxCanceled = order.taxCanceled ?? 0
        totals.discountCanceled = -(order.discountCanceled ?? 0).magnitudeSigned
        totals.totalCanceled = order.totalCanceled ?? 0
        value = totals
    }

    /// Writes every total; amounts that are still zero and were never sent stay absent.
    static func write(_ totals: SalesOrderTotals, to order: inout Order) {
        func set(_ field: WritableKeyPath<Order, Decimal?>, _ base: WritableKeyPath<Order, Decimal?>, _ value: Decimal) {
            if value == 0, order[keyPath: field] == nil { return }
            order[keyPath: field] = value
            order[keyPath: base] = value
        }
        set(\.grandTotal, \.baseGrandTotal, totals.grandTotal)
        set(\.subtotal, \.baseSubtotal, totals.subtotal)
        set(\.shippingAmount, \.baseShippingAmount, totals.shippingAmount)
        set(\.taxAmount, \.baseTaxAmount, totals.taxAmount)
        set(\.shippingTaxAmount, \.baseShippingTaxAmount, totals.shippingTaxAmount)
        set(\.discountAmount, \.baseDiscountAmount, -totals.discountAmount)
        set(\.subtotalInvoiced, \.baseSubtotalInvoiced, totals.subtotalInvoiced)
        set(\.shippingInvoiced, \.baseShippingInvoiced, totals.shippingInvoiced)
        set(\.taxInvoiced, \.baseTaxInvoiced, totals.taxInvoiced)
        set(\.discountInvoiced, \.baseDiscountInvoiced, -totals.discountInvoiced)
        set(\.totalInvoiced, \.baseTotalInvoiced, totals.totalInvoiced)
        set(\.totalPaid, \.baseTotalPaid, totals.totalPaid)
        set(\.totalDue, \.baseTotalDue, totals.totalDue)
        set(\.subtotalRefunded, \.baseSubtotalRefunded, totals.subtotalRefunded)
        set(\.shippingRefunded, \.baseShippingRefunded, totals.shippingRefunded)
        set(\.taxRefunded, \.baseTaxRefunded, totals.taxRefunded)
        set(\.discountRefunded, \.baseDiscountRefunded, -totals.discountRefunded)
        set(\.adjustmentPositive, \.baseAdjustmentPositive, totals.adjustmentPositive)
        set(\.adjustmentNegative, \.baseAdjustmentNegative, totals.adjustmentNegative)
        set(\.totalRefunded, \.baseTotalRefunded, totals.totalRefunded)
        set(\.subtotalCanceled, \.baseSubtotalCanceled, totals.subtotalCanceled)
        set(\.shippingCanceled, \.baseShippingCanceled, totals.shippingCanceled)
        set(\.taxCanceled, \.baseTaxCanceled, totals.taxCanceled)
        set(\.discountCanceled, \.baseDiscountCanceled, -totals.discountCanceled)
        set(\.totalCanceled, \.baseTotalCanceled, totals.totalCanceled)
    }
}
