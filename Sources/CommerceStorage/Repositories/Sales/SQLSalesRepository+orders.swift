import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Creating and raw-saving orders, their addresses and status history.
extension SQLSalesRepository {
    public func createOrder(_ order: Order, stock: StockConfiguration) async throws -> Order {
        let prepared = try OrderDraft.prepared(order)
        let now = self.now
        return try await provider.transaction { db in try await Self.insertNew(prepared, stock: stock, now: now, on: db) }
    }

    /// Writes a prepared new order, takes its stock and records `order.created`, inside the
    /// caller's transaction (checkout places orders through here too).
    static func insertNew(_ prepared: Order, stock: StockConfiguration, now: String, on db: any SQLDatabase) async throws -> Order {
        var prepared = prepared
        prepared.items = try await Self.withProductIds(prepared.items ?? [], on: db)
        prepared.statusHistories = prepared.statusHistories ?? []
        // The test gateway authorizes at placement, as an online method's "authorize" action does.
        let authorization = !prepared.isImported && TestGateway.isGateway(prepared) ? TestGateway.newTransactionId() : nil
        if let authorization { prepared.payment?.lastTransId = authorization }
        let created = try await SalesOrderRows.insert(prepared, now: now, on: db)
        if let authorization {
            try await PaymentTransactionRows.insert(
                created, txnId: authorization, type: "authorization", amount: created.grandTotal, parent: nil, closed: false, now: now, on: db
            )
        }
        // An order sent with its own increment_id is a sale recorded elsewhere (a migration, a
        // sync): its stock was taken where it was placed, so only numbered orders take stock here.
        if !prepared.isImported {
            let taken = SalesOrder(wire: created).placementStock
            if stock.reservations {
                // MSI: placement reserves salable quantity; the sources keep theirs until shipment.
                try await SalesReservationWriter.place(created, taken, config: stock, on: db)
            } else {
                try await SalesStockWriter.apply(taken, config: stock, now: now, on: db)
            }
        }
        try await Outbox.append(try Self.event("order.created", created), on: db, at: now)
        return created
    }

    /// Rows name their catalog product, as Magento's quote items do.
    static func withProductIds(_ items: [OrderItem], on db: any SQLDatabase) async throws -> [OrderItem] {
        var result: [OrderItem] = []
        for var item in items {
            if item.productId == nil, let sku = item.sku,
               let row = try await db.raw("SELECT entity_id FROM catalog_product WHERE sku_key = \(bind: sku.lowercased())").first() {
                item.productId = try row.decode(column: "entity_id", as: Int.self)
            }
            result.append(item)
        }
        return result
    }

    public func updateOrder(_ update: Order) async throws -> Order {
        guard let id = update.entityId else { return try await createOrder(update, stock: StockConfiguration()) }
        return try await changeOrder(id) { _, order, _ in
            OrderDraft.merge(update, into: &order)
            return (order, [])
        }
    }

    public func saveOrderAddress(_ address: OrderAddress) async throws -> OrderAddress {
        guard let orderId = address.parentId, let addressId = address.entityId else {
            throw CommerceError.invalidInputNamed(message: "\"%fieldName\" is required. Enter and try again.", parameters: ["fieldName": "parent_id"])
        }
        return try await changeOrder(orderId) { _, order, _ in
            var saved = address
            if order.billingAddress?.entityId == addressId {
                saved.addressType = "billing"
                order.billingAddress = saved
            } else if order.shippingAddress?.entityId == addressId {
                saved.addressType = "shipping"
                order.shippingAddress = saved
            } else {
                throw SalesDocumentCoding.noSuchEntity
            }
            return (saved, [])
        }
    }

    public func addOrderComment(orderId: Int, _ history: OrderStatusHistory) async throws {
        try await changeOrder(orderId) { db, order, now in
            var entry = history
            entry.entityId = try await SalesSequence.next("order_status_history", storeId: 0, on: db)
            entry.parentId = orderId
            entry.createdAt = now
            entry.entityName = "order"
            if let status = entry.status, !status.isEmpty {
                order.status = status
            } else {
                entry.status = order.status
            }
            entry.isCustomerNotified = entry.isCustomerNotified ?? 0
            entry.isVisibleOnFront = entry.isVisibleOnFront ?? 0
            // Newest first, as Magento lists them.
            order.statusHistories = [entry] + (order.statusHistories ?? [])
            return ((), [])
        }
    }

    public func orderComments(orderId: Int) async throws -> [OrderStatusHistory] {
        try await order(id: orderId).statusHistories ?? []
    }
}
