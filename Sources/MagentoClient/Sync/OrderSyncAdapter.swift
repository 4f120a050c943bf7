import MagentoWire

/// Syncs orders, checkpointed on `created_at`: an order is copied once, by Magento's raw save
/// (`POST /V1/orders`) with its own `increment_id`, and matched by that number afterwards, so a
/// repeated or overlapping run never creates it twice. An order already in the target only gets
/// its state and status brought up to date.
///
/// The customer is the target account the customers adapter mapped (sync customers first), or
/// the account with the order's email, else the order becomes a guest order. Rows name products
/// by SKU. Not copied: ids and timestamps (the target records when it received the order), status
/// history, and invoices, shipments and credit memos (the target's invoiced and shipped
/// quantities start at 0).
public struct OrderSyncAdapter: SyncAdapter {
    public typealias Record = Order
    public let entity = "orders"
    public let checkpointField = "created_at"
    public var isCritical: Bool

    public init(isCritical: Bool = false) {
        self.isCritical = isCritical
    }

    public func fetch(_ criteria: SearchCriteria, from source: MagentoClient) async throws -> SearchResults<Order> {
        try await source.orders.list(criteria)
    }

    public func pagingKey(of record: Order) -> Int? { record.entityId }
    public func key(of record: Order) -> String { record.incrementId ?? "" }
    public func stamp(of record: Order) -> String? { record.createdAt }

    public func apply(_ record: Order, context: SyncContext) async throws {
        guard let number = record.incrementId, !number.isEmpty else {
            throw MagentoClientError.invalidRequest("an order without an increment_id")
        }
        let existing = try await context.target.orders.list(
            SearchCriteriaBuilder().where("increment_id", .eq, number).where("store_id", .eq, String(record.storeId ?? 1)).build()
        ).items.first
        if let existing, let id = existing.entityId {
            guard existing.state != record.state || existing.status != record.status else { return }
            var update = Order()
            update.entityId = id
            update.state = record.state
            update.status = record.status
            _ = try await context.target.orders.save(update)
            return
        }
        var order = Self.content(of: record)
        order.customerId = try await targetCustomer(of: record, context: context)
        if order.customerId == nil { order.customerIsGuest = 1 }
        _ = try await context.target.orders.save(order)
    }

    private func targetCustomer(of record: Order, context: SyncContext) async throws -> Int? {
        guard let sourceId = record.customerId, record.customerIsGuest != 1 else { return nil }
        if let mapped = try await context.state.targetId("customers", sourceId: String(sourceId)).flatMap({ Int($0) }) {
            return mapped
        }
        guard let email = record.customerEmail else { return nil }
        return try await context.target.customers.list(SearchCriteriaBuilder().where("email", .eq, email).build()).items.first?.id
    }

    /// The order as a new order for the target: numbers, amounts, rows, addresses and payment
    /// method kept; store-local ids dropped (row `item_id`s stay: they link children to parents
    /// within the request).
    static func content(of record: Order) -> Order {
        var order = record
        order.entityId = nil
        order.createdAt = nil
        order.updatedAt = nil
        order.quoteId = nil
        order.protectCode = nil
        order.statusHistories = nil
        order.items = record.items?.map { item in
            var item = item
            item.orderId = nil
            item.quoteItemId = nil
            item.productId = nil
            item.createdAt = nil
            item.updatedAt = nil
            return item
        }
        order.billingAddress?.entityId = nil
        order.billingAddress?.parentId = nil
        order.payment?.entityId = nil
        order.payment?.parentId = nil
        if var assignments = order.extensionAttributes?.shippingAssignments {
            for index in assignments.indices {
                assignments[index].shipping?.address?.entityId = nil
                assignments[index].shipping?.address?.parentId = nil
                assignments[index].items = nil
            }
            order.extensionAttributes?.shippingAssignments = assignments
        }
        return order
    }
}
