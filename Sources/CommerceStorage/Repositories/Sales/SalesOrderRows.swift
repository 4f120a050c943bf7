import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Reading and writing an order with its rows inside a transaction. The order document is kept
/// without its rows; each row is its own document in `sales_order_item`.
enum SalesOrderRows {
    /// The order with its rows; on PostgreSQL the order row is locked for the transaction so
    /// concurrent transitions of one order run one after the other.
    static func load(id: Int, on db: any SQLDatabase, forUpdate: Bool = false) async throws -> Order {
        let lock = forUpdate && DatabaseEngine(dialectOf: db) == .postgres ? " FOR UPDATE" : ""
        guard let row = try await db.raw("SELECT entity_id, document FROM sales_order WHERE entity_id = \(bind: id)\(unsafeRaw: lock)").first() else {
            throw SalesDocumentCoding.noSuchEntity
        }
        var order = try SalesDocumentCoding.decode(Order.self, from: row)
        order.entityId = id
        order.items = try await items(orderIds: [id], on: db)[id] ?? []
        return withParentIds(order)
    }

    /// Addresses and history entries name their order; they are stored without it.
    static func withParentIds(_ order: Order) -> Order {
        var order = order
        if var billing = order.billingAddress {
            billing.parentId = order.entityId
            billing.addressType = "billing"
            order.billingAddress = billing
        }
        if var shipping = order.shippingAddress {
            shipping.parentId = order.entityId
            shipping.addressType = "shipping"
            order.shippingAddress = shipping
        }
        order.payment?.entityId = order.entityId
        order.payment?.parentId = order.entityId
        order.statusHistories = order.statusHistories?.map { history in
            var history = history
            history.parentId = order.entityId
            history.entityName = history.entityName ?? "order"
            return history
        }
        return order
    }

    /// Rows of the given orders, in row order.
    static func items(orderIds: [Int], on db: any SQLDatabase) async throws -> [Int: [OrderItem]] {
        guard !orderIds.isEmpty else { return [:] }
        let rows = try await db.raw("""
            SELECT item_id, order_id, document FROM sales_order_item
            WHERE order_id IN (\(SQLList(orderIds.map { SQLBind($0) }))) ORDER BY order_id, item_id
            """).all()
        var result: [Int: [OrderItem]] = [:]
        for row in rows {
            result[try row.decode(column: "order_id", as: Int.self), default: []].append(try item(from: row))
        }
        return result
    }

    static func item(from row: any SQLRow) throws -> OrderItem {
        var item = try SalesDocumentCoding.decode(OrderItem.self, from: row)
        item.itemId = try row.decode(column: "item_id", as: Int.self)
        return item
    }

    /// Writes the order and every row back, stamping `updated_at`.
    static func update(_ order: Order, now: String, on db: any SQLDatabase) async throws {
        guard let id = order.entityId else { return }
        var stored = order
        stored.updatedAt = now
        stored.items = nil
        let engine = DatabaseEngine(dialectOf: db)
        try await db.raw("""
            UPDATE sales_order SET state = \(bind: order.state ?? "new"), status = \(bind: order.status ?? "pending"),
                customer_id = \(bind: order.customerId), customer_email = \(bind: order.customerEmail),
                grand_total = \(bind: try ExactDecimal.storable(order.grandTotal ?? 0, engine: engine, field: "grand_total")),
                updated_at = \(bind: now), document = \(bind: try SalesDocumentCoding.encode(stored))
            WHERE entity_id = \(bind: id)
            """).run()
        for item in order.items ?? [] {
            guard let itemId = item.itemId else { continue }
            var row = item
            row.updatedAt = now
            try await db.raw("""
                UPDATE sales_order_item SET updated_at = \(bind: now), document = \(bind: try SalesDocumentCoding.encode(row))
                WHERE item_id = \(bind: itemId)
                """).run()
        }
    }

    /// Inserts a new order and its rows; returns it with ids assigned. Rows may name their parent
    /// by the `item_id` they carry in the request, which is replaced by the stored id.
    static func insert(_ order: Order, now: String, on db: any SQLDatabase) async throws -> Order {
        var order = order
        let storeId = order.storeId ?? 1
        let engine = DatabaseEngine(dialectOf: db)
        order.storeId = storeId
        if order.isImported {
            // Magento keeps a supplied increment_id (its sequence numbers only orders without one),
            // and refuses a second order with the same number in the store.
            let taken = try await db.raw("""
                SELECT entity_id FROM sales_order WHERE increment_id = \(bind: order.incrementId ?? "") AND store_id = \(bind: storeId)
                """).first()
            if taken != nil { throw CommerceError.alreadyExists(message: "Unique constraint violation found") }
        } else {
            order.incrementId = try await SalesSequence.incrementId("order", storeId: storeId, on: db)
        }
        order.createdAt = now
        order.updatedAt = now
        if order.billingAddress != nil {
            order.billingAddress?.entityId = try await SalesSequence.next("order_address", storeId: 0, on: db)
        }
        if var shipping = order.shippingAddress {
            shipping.entityId = try await SalesSequence.next("order_address", storeId: 0, on: db)
            order.shippingAddress = shipping
        }
        var document = order
        document.items = nil
        let row = try await db.raw("""
            INSERT INTO sales_order (increment_id, store_id, state, status, customer_id, customer_email, grand_total, created_at, updated_at, document)
            VALUES (\(bind: order.incrementId ?? ""), \(bind: storeId), \(bind: order.state ?? "new"), \(bind: order.status ?? "pending"),
                \(bind: order.customerId), \(bind: order.customerEmail), \(bind: try ExactDecimal.storable(order.grandTotal ?? 0, engine: engine, field: "grand_total")),
                \(bind: now), \(bind: now), \(bind: try SalesDocumentCoding.encode(document)))
            RETURNING entity_id
            """).first()
        let id = try row?.decode(column: "entity_id", as: Int.self) ?? 0
        order.entityId = id
        var assigned: [Int: Int] = [:]
        var items: [OrderItem] = []
        for var item in order.items ?? [] {
            let requestId = item.itemId
            item.itemId = nil
            item.orderId = id
            item.storeId = storeId
            item.parentItemId = item.parentItemId.flatMap { assigned[$0] }
            item.createdAt = now
            item.updatedAt = now
            let inserted = try await db.raw("""
                INSERT INTO sales_order_item (order_id, parent_item_id, store_id, sku, product_id, product_type, created_at, updated_at, document)
                VALUES (\(bind: id), \(bind: item.parentItemId), \(bind: storeId), \(bind: item.sku ?? ""), \(bind: item.productId),
                    \(bind: item.productType ?? "simple"), \(bind: now), \(bind: now), \(bind: try SalesDocumentCoding.encode(item)))
                RETURNING item_id
                """).first()
            item.itemId = try inserted?.decode(column: "item_id", as: Int.self)
            if let requestId, let stored = item.itemId { assigned[requestId] = stored }
            items.append(item)
        }
        order.items = items
        return withParentIds(order)
    }
}

extension Order {
    /// Whether the order arrived with its own increment_id (an import) rather than needing one.
    var isImported: Bool { !(incrementId ?? "").isEmpty }
}
