import Foundation
import MagentoWire

/// Syncs orders, checkpointed on `created_at`: an order is copied once, by Magento's raw save
/// (`POST /V1/orders`) with its own `increment_id`, and matched by that number afterwards, so a
/// repeated or overlapping run never creates it twice. Its invoices, shipments and credit memos
/// follow (``OrderDocumentCopier``), so the target's invoiced, shipped and refunded quantities
/// and money match; then the order's state and status are brought up to the source's.
///
/// The customer is the target account the customers adapter mapped (sync customers first), or
/// the account with the order's email, else the order becomes a guest order. Rows name products
/// by SKU. Not copied: ids and timestamps (the target records when it received the order), status
/// history, and the documents' own numbers (the target numbers them).
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
        var copy: Order
        if let existing = try await context.target.orders.list(
            SearchCriteriaBuilder().where("increment_id", .eq, number).where("store_id", .eq, String(record.storeId ?? 1)).build()
        ).items.first {
            copy = existing
        } else {
            var order = Self.content(of: record)
            order.customerId = try await targetCustomer(of: record, context: context)
            if order.customerId == nil { order.customerIsGuest = 1 }
            // Documents move the order on from `new` as they did in the source; a finished state
            // given up front would refuse them.
            if OrderDocumentCopier.hasDocuments(record) {
                order.state = nil
                order.status = nil
            }
            copy = try await context.target.orders.save(order)
        }
        let documents = OrderDocumentCopier(source: context.source, target: context.target)
        if try await documents.copy(from: record, to: copy) > 0, let id = copy.entityId {
            copy = try await context.target.orders.get(id)
        }
        guard let id = copy.entityId, copy.state != record.state || copy.status != record.status else { return }
        var update = Order()
        update.entityId = id
        update.state = record.state
        update.status = record.status
        _ = try await context.target.orders.save(update)
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
    /// within the request); invoiced, paid and refunded money dropped, as the copied documents
    /// add it again.
    static func content(of record: Order) -> Order {
        var order = record
        for field in documentTotals { order[keyPath: field] = nil }
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
            for field in documentRowTotals { item[keyPath: field] = nil }
            return item
        }
        order.billingAddress?.entityId = nil
        order.billingAddress?.parentId = nil
        order.payment?.entityId = nil
        order.payment?.parentId = nil
        order.payment?.amountPaid = nil
        order.payment?.baseAmountPaid = nil
        order.payment?.amountRefunded = nil
        order.payment?.baseAmountRefunded = nil
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

    /// The order's amounts that invoices and credit memos write.
    static var documentTotals: [WritableKeyPath<Order, Decimal?>] {
        [
            \.totalPaid, \.baseTotalPaid, \.totalDue, \.baseTotalDue, \.totalInvoiced, \.baseTotalInvoiced, \.totalRefunded,
            \.baseTotalRefunded, \.subtotalInvoiced, \.baseSubtotalInvoiced, \.subtotalRefunded, \.baseSubtotalRefunded,
            \.shippingInvoiced, \.baseShippingInvoiced, \.shippingRefunded, \.baseShippingRefunded, \.taxInvoiced, \.baseTaxInvoiced,
            \.taxRefunded, \.baseTaxRefunded, \.discountInvoiced, \.baseDiscountInvoiced, \.discountRefunded, \.baseDiscountRefunded,
            \.adjustmentPositive, \.baseAdjustmentPositive, \.adjustmentNegative, \.baseAdjustmentNegative,
            ]
    }

    /// The row amounts that invoices and credit memos write (the quantities the target resets itself).
    static var documentRowTotals: [WritableKeyPath<OrderItem, Decimal?>] {
        [
            \.rowInvoiced, \.baseRowInvoiced, \.taxInvoiced, \.baseTaxInvoiced, \.discountInvoiced, \.baseDiscountInvoiced,
            \.amountRefunded, \.baseAmountRefunded, \.taxRefunded, \.baseTaxRefunded, \.discountRefunded, \.baseDiscountRefunded,
            ]
    }
}
