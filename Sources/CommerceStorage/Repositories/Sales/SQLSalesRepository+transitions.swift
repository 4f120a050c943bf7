import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Invoice, ship, refund, cancel, hold and unhold: the lifecycle decides, storage applies.
extension SQLSalesRepository {
    public func invoice(orderId: Int, _ request: DocumentRequest) async throws -> Int {
        let engine = provider.engine
        return try await changeOrder(orderId) { db, order, now in
            let transition = try SalesOrder(wire: order).invoicing(request.items)
            order = transition.order.applied(to: order)
            try await DownloadablePurchaseRows.recordInvoiced(order, now: now, engine: engine, on: db)
            var invoice = transition.invoice(of: order, at: now)
            if request.online, TestGateway.isGateway(order) {
                let authorization = try await PaymentTransactionRows.open("authorization", orderId: orderId, on: db)
                let capture = TestGateway.newTransactionId()
                try await PaymentTransactionRows.insert(
                    order, txnId: capture, type: "capture", amount: invoice.grandTotal, parent: authorization, closed: false, now: now, on: db
                )
                if let authorization, TestGateway.isFullyInvoiced(order) { try await PaymentTransactionRows.close(authorization, on: db) }
                invoice.transactionId = capture
                order.payment?.lastTransId = capture
            }
            invoice.comments = try await Self.comment(request.comment, notify: request.notify, kind: "invoice_comment", now: now, on: db)
            invoice = try await SalesDocumentRows.insert(invoice, now: now, on: db)
            return (invoice.entityId ?? 0, [try Self.event("invoice.created", entity: "invoice", id: invoice.entityId, invoice)])
        }
    }

    public func ship(orderId: Int, _ request: DocumentRequest, stock: StockConfiguration) async throws -> Int {
        try await changeOrder(orderId) { db, order, now in
            let before = SalesOrder(wire: order)
            let transition = try before.shipping(request.items, tracks: request.tracks)
            order = transition.order.applied(to: order)
            if stock.reservations {
                try await SalesReservationWriter.ship(order, before.shippedStock(transition), config: stock, now: now, on: db)
            }
            var shipment = transition.shipment(of: order, tracks: request.tracks, at: now)
            shipment.comments = try await Self.comment(request.comment, notify: request.notify, kind: "shipment_comment", now: now, on: db)
            shipment = try await SalesDocumentRows.insert(shipment, now: now, on: db)
            return (shipment.entityId ?? 0, [try Self.event("shipment.created", entity: "shipment", id: shipment.entityId, shipment)])
        }
    }

    public func refund(orderId: Int, invoiceId: Int?, _ request: DocumentRequest, stock: StockConfiguration) async throws -> Int {
        var orderId = orderId
        if let invoiceId { orderId = try await invoice(id: invoiceId).orderId ?? 0 }
        return try await changeOrder(orderId) { db, order, now in
            var limit: InvoiceRefundLimit?
            if let invoiceId { limit = try await Self.refundLimit(invoiceId: invoiceId, on: db) }
            let before = SalesOrder(wire: order)
            let transition = try before.refunding(request.items, arguments: request.refund, invoice: limit)
            order = transition.order.applied(to: order)
            var memo = transition.creditmemo(of: order, invoiceId: invoiceId, at: now)
            if request.online, TestGateway.isGateway(order), let invoiceId {
                let invoice = try await Self.document(Invoice.self, table: "sales_invoice", id: invoiceId, on: db) { $0.entityId = $1 }
                if let captureId = invoice.transactionId,
                   let capture = try await PaymentTransactionRows.byTxnId(captureId, orderId: order.entityId ?? 0, on: db) {
                    let refund = TestGateway.newTransactionId()
                    try await PaymentTransactionRows.insert(
                        order, txnId: refund, type: "refund", amount: memo.grandTotal, parent: capture, closed: true, now: now, on: db
                    )
                    order.payment?.lastTransId = refund
                }
            }
            memo.comments = try await Self.comment(request.comment, notify: request.notify, kind: "creditmemo_comment", now: now, on: db)
            memo = try await SalesDocumentRows.insert(memo, now: now, on: db)
            if stock.reservations {
                let split = before.refundedStock(transition, returnToStock: request.refund.returnToStockItems)
                try await SalesReservationWriter.release(order, split.release, event: ReservationMetadata.creditmemoCreated, config: stock, on: db)
                try await SalesStockWriter.apply(split.toSource, config: stock, now: now, on: db)
            } else {
                try await SalesStockWriter.apply(transition.stock, config: stock, now: now, on: db)
            }
            return (memo.entityId ?? 0, [try Self.event("creditmemo.created", entity: "creditmemo", id: memo.entityId, memo)])
        }
    }

    public func cancel(orderId: Int, stock: StockConfiguration) async throws -> Bool {
        // Loaded first so an unknown order is a 404 and a refusal writes nothing.
        guard SalesOrder(wire: try await order(id: orderId)).canCancel else { return false }
        return try await changeOrder(orderId) { db, order, now in
            guard let transition = SalesOrder(wire: order).canceling() else { return (false, []) }
            order = transition.order.applied(to: order)
            if TestGateway.isGateway(order), let authorization = try await PaymentTransactionRows.open("authorization", orderId: orderId, on: db) {
                // Canceling voids what is still authorized.
                let void = TestGateway.newTransactionId()
                try await PaymentTransactionRows.insert(order, txnId: void, type: "void", amount: nil, parent: authorization, closed: true, now: now, on: db)
                try await PaymentTransactionRows.close(authorization, on: db)
                order.payment?.lastTransId = void
            }
            if stock.reservations {
                // Nothing left the sources for what is canceled: the hold is released instead.
                try await SalesReservationWriter.release(order, transition.stock, event: ReservationMetadata.orderCanceled, config: stock, on: db)
            } else {
                try await SalesStockWriter.apply(transition.stock, config: stock, now: now, on: db)
            }
            if transition.order.state == .canceled, let code = order.couponCode, !code.isEmpty {
                // A canceled order gives its coupon use back, as in Magento 2.4.
                try await db.raw("""
                    UPDATE salesrule_coupon SET times_used = times_used - 1 WHERE UPPER(code) = \(bind: code.uppercased()) AND times_used > 0
                    """).run()
            }
            return (true, [])
        }
    }

    public func hold(orderId: Int) async throws {
        try await changeOrder(orderId) { _, order, _ in
            order = try SalesOrder(wire: order).holding().applied(to: order)
            return ((), [])
        }
    }

    public func unhold(orderId: Int) async throws {
        try await changeOrder(orderId) { _, order, _ in
            order = try SalesOrder(wire: order).unholding().applied(to: order)
            return ((), [])
        }
    }

    /// What an invoice still holds: its quantities and money less the credit memos made against it.
    static func refundLimit(invoiceId: Int, on db: any SQLDatabase) async throws -> InvoiceRefundLimit {
        let invoice = try await document(Invoice.self, table: "sales_invoice", id: invoiceId, on: db) { $0.entityId = $1 }
        var qty: [Int: Decimal] = [:]
        for item in invoice.items ?? [] {
            guard let id = item.orderItemId else { continue }
            qty[id, default: 0] += item.qty ?? 0
        }
        var amount = invoice.grandTotal ?? 0
        for row in try await db.raw("SELECT document FROM sales_creditmemo WHERE invoice_id = \(bind: invoiceId)").all() {
            let memo = try SalesDocumentCoding.decode(Creditmemo.self, from: row)
            amount -= memo.grandTotal ?? 0
            for item in memo.items ?? [] {
                guard let id = item.orderItemId else { continue }
                qty[id, default: 0] -= item.qty ?? 0
            }
        }
        return InvoiceRefundLimit(qtyByOrderItem: qty, amount: amount)
    }
}
