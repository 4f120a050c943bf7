import Foundation
import MagentoWire

/// The wire documents a transition creates. Ids and increment ids are filled in by storage.
extension OrderTransition {
    public func invoice(of order: Order, at now: String) -> Invoice {
        var invoice = Invoice()
        invoice.orderId = order.entityId
        invoice.storeId = order.storeId
        invoice.state = 2
        invoice.baseCurrencyCode = order.baseCurrencyCode
        invoice.orderCurrencyCode = order.orderCurrencyCode
        invoice.subtotal = totals.subtotal
        invoice.baseSubtotal = totals.subtotal
        invoice.shippingAmount = totals.shippingAmount
        invoice.baseShippingAmount = totals.shippingAmount
        invoice.taxAmount = totals.taxAmount
        invoice.baseTaxAmount = totals.taxAmount
        invoice.discountAmount = -totals.discountAmount
        invoice.baseDiscountAmount = -totals.discountAmount
        invoice.grandTotal = totals.grandTotal
        invoice.baseGrandTotal = totals.grandTotal
        invoice.totalQty = totals.totalQty
        invoice.canVoidFlag = 0
        invoice.emailSent = 0
        invoice.billingAddressId = order.billingAddress?.entityId
        invoice.shippingAddressId = order.shippingAddress?.entityId
        invoice.createdAt = now
        invoice.updatedAt = now
        invoice.items = lines.map { line in
            var item = InvoiceItem()
            item.orderItemId = line.orderItemId
            item.productId = line.productId
            item.sku = line.sku
            item.name = line.name
            item.qty = line.qty
            item.price = line.price
            item.basePrice = line.price
            item.rowTotal = line.rowTotal
            item.baseRowTotal = line.rowTotal
            item.taxAmount = line.taxAmount
            item.baseTaxAmount = line.taxAmount
            item.discountAmount = -line.discountAmount
            item.baseDiscountAmount = -line.discountAmount
            return item
        }
        invoice.comments = []
        return invoice
    }

    public func shipment(of order: Order, tracks: [TrackRequest], at now: String) -> Shipment {
        var shipment = Shipment()
        shipment.orderId = order.entityId
        shipment.storeId = order.storeId
        shipment.customerId = order.customerId
        shipment.totalQty = totals.totalQty
        shipment.emailSent = 0
        shipment.billingAddressId = order.billingAddress?.entityId
        shipment.shippingAddressId = order.shippingAddress?.entityId
        shipment.packages = []
        shipment.createdAt = now
        shipment.updatedAt = now
        shipment.items = lines.map { line in
            var item = ShipmentItem()
            item.orderItemId = line.orderItemId
            item.productId = line.productId
            item.sku = line.sku
            item.name = line.name
            item.qty = line.qty
            item.price = line.price
            return item
        }
        shipment.tracks = tracks.map { request in
            var track = ShipmentTrack()
            track.orderId = order.entityId
            track.trackNumber = request.trackNumber
            track.title = request.title
            track.carrierCode = request.carrierCode
            track.createdAt = now
            track.updatedAt = now
            return track
        }
        shipment.comments = []
        return shipment
    }

    public func creditmemo(of order: Order, invoiceId: Int?, at now: String) -> Creditmemo {
        var memo = Creditmemo()
        memo.orderId = order.entityId
        memo.invoiceId = invoiceId
        memo.storeId = order.storeId
        memo.state = 2
        memo.baseCurrencyCode = order.baseCurrencyCode
        memo.orderCurrencyCode = order.orderCurrencyCode
        let adjustment = totals.adjustmentPositive - totals.adjustmentNegative
        memo.adjustment = adjustment
        memo.baseAdjustment = adjustment
        memo.adjustmentPositive = totals.adjustmentPositive
        memo.baseAdjustmentPositive = totals.adjustmentPositive
        memo.adjustmentNegative = totals.adjustmentNegative
        memo.baseAdjustmentNegative = totals.adjustmentNegative
        memo.subtotal = totals.subtotal
        memo.baseSubtotal = totals.subtotal
        memo.shippingAmount = totals.shippingAmount
        memo.baseShippingAmount = totals.shippingAmount
        memo.taxAmount = totals.taxAmount
        memo.baseTaxAmount = totals.taxAmount
        memo.discountAmount = -totals.discountAmount
        memo.baseDiscountAmount = -totals.discountAmount
        memo.grandTotal = totals.grandTotal
        memo.baseGrandTotal = totals.grandTotal
        memo.emailSent = 0
        memo.createdAt = now
        memo.updatedAt = now
        memo.items = lines.map { line in
            var item = CreditmemoItem()
            item.orderItemId = line.orderItemId
            item.productId = line.productId
            item.sku = line.sku
            item.name = line.name
            item.qty = line.qty
            item.price = line.price
            item.basePrice = line.price
            item.rowTotal = line.rowTotal
            item.baseRowTotal = line.rowTotal
            item.taxAmount = line.taxAmount
            item.baseTaxAmount = line.taxAmount
            item.discountAmount = -line.discountAmount
            item.baseDiscountAmount = -line.discountAmount
            return item
        }
        memo.comments = []
        return memo
    }
}

extension Order {
    /// The shipping address lives only in the first shipping assignment.
    public var shippingAddress: OrderAddress? {
        get { extensionAttributes?.shippingAssignments?.first?.shipping?.address }
        set {
            var extensionAttributes = self.extensionAttributes ?? OrderExtensionAttributes()
            var assignments = extensionAttributes.shippingAssignments ?? []
            if assignments.isEmpty { assignments.append(ShippingAssignment()) }
            var shipping = assignments[0].shipping ?? OrderShipping()
            shipping.address = newValue
            assignments[0].shipping = shipping
            extensionAttributes.shippingAssignments = assignments
            self.extensionAttributes = extensionAttributes
        }
    }
}
