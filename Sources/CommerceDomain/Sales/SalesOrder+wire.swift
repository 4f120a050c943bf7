import Foundation
import MagentoWire

/// Between the wire order (what is stored and sent) and the lifecycle's view of it.
extension SalesOrder {
    /// The lifecycle's view of a stored order. Discounts are negative on the wire, positive here.
    public init(wire order: Order) {
        let totals = SalesOrderTotalsWire(order)
        self.init(
            entityId: order.entityId ?? 0,
            state: order.state.flatMap(OrderState.init(rawValue:)) ?? .new,
            status: order.status,
            holdBeforeState: order.holdBeforeState.flatMap(OrderState.init(rawValue:)),
            holdBeforeStatus: order.holdBeforeStatus,
            currencyCode: order.baseCurrencyCode ?? "USD",
            items: (order.items ?? []).map(SalesOrderItem.init(wire:)),
            totals: totals.value
        )
    }

    /// `order` with the lifecycle's state, quantities and totals written back (`base_*` equal).
    public func applied(to order: Order) -> Order {
        var order = order
        order.state = state.rawValue
        order.status = status
        order.holdBeforeState = holdBeforeState?.rawValue
        order.holdBeforeStatus = holdBeforeStatus
        order.items = order.items?.map { wire in
            guard let id = wire.itemId, let item = item(id) else { return wire }
            return item.applied(to: wire)
        }
        SalesOrderTotalsWire.write(totals, to: &order)
        if var payment = order.payment {
            if totals.totalPaid != 0 || payment.amountPaid != nil {
                payment.amountPaid = totals.totalPaid
                payment.baseAmountPaid = totals.totalPaid
            }
            if totals.totalRefunded != 0 || payment.amountRefunded != nil {
                payment.amountRefunded = totals.totalRefunded
                payment.baseAmountRefunded = totals.totalRefunded
            }
            if totals.totalCanceled != 0 {
                payment.amountCanceled = totals.totalCanceled
                payment.baseAmountCanceled = totals.totalCanceled
            }
            order.payment = payment
        }
        return order
    }
}

extension SalesOrderItem {
    public init(wire item: OrderItem) {
        self.init(
            itemId: item.itemId ?? 0, parentItemId: item.parentItemId, productId: item.productId, sku: item.sku ?? "",
            name: item.name, productType: item.productType ?? "simple", isVirtual: (item.isVirtual ?? 0) == 1,
            qtyOrdered: item.qtyOrdered ?? 0, qtyInvoiced: item.qtyInvoiced ?? 0, qtyShipped: item.qtyShipped ?? 0,
            qtyRefunded: item.qtyRefunded ?? 0, qtyCanceled: item.qtyCanceled ?? 0, price: item.price ?? 0,
            taxAmount: item.taxAmount ?? 0, discountAmount: -(item.discountAmount ?? 0).magnitudeSigned,
            rowInvoiced: item.rowInvoiced ?? 0, taxInvoiced: item.taxInvoiced ?? 0,
            discountInvoiced: -(item.discountInvoiced ?? 0).magnitudeSigned, amountRefunded: item.amountRefunded ?? 0,
            taxRefunded: item.taxRefunded ?? 0, discountRefunded: -(item.discountRefunded ?? 0).magnitudeSigned
        )
    }

    func applied(to wire: OrderItem) -> OrderItem {
        var wire = wire
        wire.qtyInvoiced = qtyInvoiced
        wire.qtyShipped = qtyShipped
        wire.qtyRefunded = qtyRefunded
        wire.qtyCanceled = qtyCanceled
        wire.rowInvoiced = rowInvoiced
        wire.baseRowInvoiced = rowInvoiced
        wire.taxInvoiced = taxInvoiced
        wire.baseTaxInvoiced = taxInvoiced
        wire.discountInvoiced = discountInvoiced
        wire.baseDiscountInvoiced = discountInvoiced
        wire.amountRefunded = amountRefunded
        wire.baseAmountRefunded = amountRefunded
        wire.taxRefunded = taxRefunded
        wire.baseTaxRefunded = taxRefunded
        wire.discountRefunded = discountRefunded
        wire.baseDiscountRefunded = discountRefunded
        return wire
    }
}

extension Decimal {
    /// `-|x|`: Magento stores order discounts negative; clients sometimes send them positive.
    var magnitudeSigned: Decimal { self < 0 ? self : -self }
}
