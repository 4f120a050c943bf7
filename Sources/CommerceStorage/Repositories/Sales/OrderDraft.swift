import CommerceDomain
import Foundation
import MagentoWire

/// A new order as sent, completed the way Magento's quote-to-order conversion leaves it:
/// state and status, row totals, order totals, counts and `base_*` amounts.
enum OrderDraft {
    static func required(_ field: String) -> CommerceError {
        .invalidInputNamed(message: "\"%fieldName\" is required. Enter and try again.", parameters: ["fieldName": field])
    }

    static func prepared(_ order: Order) throws -> Order {
        var order = order
        guard let email = order.customerEmail, !email.isEmpty else { throw required("customer_email") }
        guard let items = order.items, !items.isEmpty else { throw required("items") }
        let state = order.state.flatMap(OrderState.init(rawValue:)) ?? .new
        order.entityId = nil
        order.state = state.rawValue
        order.status = order.status ?? state.defaultStatus
        order.customerIsGuest = order.customerIsGuest ?? (order.customerId == nil ? 1 : 0)
        order.baseCurrencyCode = order.baseCurrencyCode ?? "USD"
        order.orderCurrencyCode = order.orderCurrencyCode ?? order.baseCurrencyCode
        order.storeCurrencyCode = order.storeCurrencyCode ?? order.baseCurrencyCode
        order.globalCurrencyCode = order.globalCurrencyCode ?? order.baseCurrencyCode
        order.items = try items.map { item in
            var item = item
            guard let sku = item.sku, !sku.isEmpty else { throw required("sku") }
            guard let qty = item.qtyOrdered, qty > 0 else { throw required("qty_ordered") }
            item.productType = item.productType ?? "simple"
            item.isVirtual = item.isVirtual ?? (item.productType == "virtual" || item.productType == "downloadable" ? 1 : 0)
            item.price = item.price ?? 0
            item.basePrice = item.basePrice ?? item.price
            item.originalPrice = item.originalPrice ?? item.price
            item.rowTotal = item.rowTotal ?? SalesMoney.cents((item.price ?? 0) * qty)
            item.baseRowTotal = item.baseRowTotal ?? item.rowTotal
            for field in [\OrderItem.qtyInvoiced, \.qtyShipped, \.qtyRefunded, \.qtyCanceled] { item[keyPath: field] = 0 }
            item.taxAmount = item.taxAmount ?? 0
            item.discountAmount = item.discountAmount ?? 0
            return item
        }
        let topLevel = order.items?.filter { $0.parentItemId == nil } ?? []
        let subtotal = topLevel.reduce(Decimal(0)) { $0 + ($1.rowTotal ?? 0) }
        order.subtotal = order.subtotal ?? subtotal
        order.shippingAmount = order.shippingAmount ?? 0
        order.taxAmount = order.taxAmount ?? 0
        order.discountAmount = order.discountAmount ?? 0
        let discount = -(order.discountAmount ?? 0).magnitude
        order.grandTotal = order.grandTotal ?? (order.subtotal ?? 0) + (order.shippingAmount ?? 0) + (order.taxAmount ?? 0) + discount
        order.totalQtyOrdered = topLevel.reduce(Decimal(0)) { $0 + ($1.qtyOrdered ?? 0) }
        order.totalItemCount = topLevel.count
        order.isVirtual = topLevel.allSatisfy { $0.isVirtual == 1 } ? 1 : 0
        order.emailSent = order.emailSent ?? 0
        var payment = order.payment ?? OrderPayment()
        payment.method = payment.method ?? "checkmo"
        payment.amountOrdered = order.grandTotal
        payment.baseAmountOrdered = order.grandTotal
        payment.shippingAmount = order.shippingAmount
        payment.baseShippingAmount = order.shippingAmount
        order.payment = payment
        // Writes every total and its base twin through the lifecycle's view.
        return SalesOrder(wire: order).applied(to: order)
    }

    /// Magento's raw save of an existing order: the scalar fields sent replace the stored ones.
    static func merge(_ update: Order, into order: inout Order) {
        if let state = update.state { order.state = state }
        if let status = update.status { order.status = status }
        if let value = update.extOrderId { order.extOrderId = value }
        if let value = update.customerEmail { order.customerEmail = value }
        if let value = update.customerFirstname { order.customerFirstname = value }
        if let value = update.customerLastname { order.customerLastname = value }
        if let value = update.customerNote { order.customerNote = value }
        if let value = update.emailSent { order.emailSent = value }
        if let value = update.shippingDescription { order.shippingDescription = value }
        if let value = update.couponCode { order.couponCode = value }
        if let value = update.remoteIp { order.remoteIp = value }
    }
}
