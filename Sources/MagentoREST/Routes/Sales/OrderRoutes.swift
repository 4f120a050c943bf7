import CommerceDomain
import HTTPTypes
import MagentoWire

/// `/V1/orders…`: reading, raw saves, addresses, comments and the order actions.
public struct OrderRoutes: Sendable {
    let sales: any SalesRepository
    let stock: @Sendable () -> StockConfiguration

    public init(sales: any SalesRepository, stock: @escaping @Sendable () -> StockConfiguration) {
        self.sales = sales
        self.stock = stock
    }

    static let repository = "salesOrderRepositoryV1"
    static let management = "salesOrderManagementV1"

    public var endpoints: [Endpoint] {
        [
            .search("/V1/orders", access: SalesAccess.view, service: Self.repository, summary: "Lists orders that match specified search criteria.") {
                [sales] criteria, _ in try await sales.searchOrders(criteria)
            },
            .search("/V1/orders/items", access: SalesAccess.view, service: "salesOrderItemRepositoryV1", summary: "Lists order items that match specified search criteria.") {
                [sales] criteria, _ in try await sales.searchOrderItems(criteria)
            },
            Endpoint(.get, "/V1/orders/items/:id", access: SalesAccess.view, service: "salesOrderItemRepositoryV1", operation: "get", summary: "Loads a specified order item.") {
                [sales] call in try await sales.orderItem(id: try call.argument("id", as: Int.self))
            },
            Endpoint(.get, "/V1/orders/:id", access: SalesAccess.view, service: Self.repository, operation: "get", summary: "Loads a specified order.") {
                [sales] call in try await sales.order(id: try call.argument("id", as: Int.self))
            },
            Endpoint(.post, "/V1/orders", access: SalesAccess.create, service: Self.repository, operation: "save", summary: "Performs persist operations for a specified order.", body: [.required("entity", Order.self)]) {
                [sales, stock] call in try await Self.save(try call.argument("entity", as: Order.self), sales: sales, stock: stock())
            },
            Endpoint(.put, "/V1/orders/create", access: SalesAccess.create, service: Self.repository, operation: "save", summary: "Performs persist operations for a specified order.", body: [.required("entity", Order.self)]) {
                [sales, stock] call in try await Self.save(try call.argument("entity", as: Order.self), sales: sales, stock: stock())
            },
            Endpoint(.put, "/V1/orders/:parent_id", access: SalesAccess.create, service: "salesOrderAddressRepositoryV1", operation: "save", summary: "Performs persist operations for a specified order address.", body: [.required("entity", OrderAddress.self)]) {
                [sales] call in
                var address = try call.argument("entity", as: OrderAddress.self)
                address.parentId = try call.argument("parent_id", as: Int.self)
                return try await sales.saveOrderAddress(address)
            },
            Endpoint(.get, "/V1/orders/:id/statuses", access: SalesAccess.view, service: Self.management, operation: "getStatus", summary: "Gets the status for a specified order.") {
                [sales] call in try await sales.order(id: try call.argument("id", as: Int.self)).status ?? ""
            },
            Endpoint(.get, "/V1/orders/:id/comments", access: SalesAccess.view, service: Self.management, operation: "getCommentsList", summary: "Lists comments for a specified order.", returns: SearchResults<OrderStatusHistory>.self) {
                [sales] call in
                let comments = try await sales.orderComments(orderId: try call.argument("id", as: Int.self))
                return SearchResults(items: comments, searchCriteria: SearchCriteria().echoed, totalCount: comments.count)
            },
            Endpoint(.post, "/V1/orders/:id/comments", access: SalesAccess.comment, service: Self.management, operation: "addComment", summary: "Adds a comment to a specified order.", body: [.required("statusHistory", OrderStatusHistory.self)]) {
                [sales] call in
                try await sales.addOrderComment(orderId: try call.argument("id", as: Int.self), try call.argument("statusHistory", as: OrderStatusHistory.self))
                return true
            },
            Endpoint(.post, "/V1/orders/:id/cancel", access: SalesAccess.cancel, service: Self.management, operation: "cancel", summary: "Cancels a specified order.") {
                [sales, stock] call in try await sales.cancel(orderId: try call.argument("id", as: Int.self), stock: stock())
            },
            Endpoint(.post, "/V1/orders/:id/hold", access: SalesAccess.hold, service: Self.management, operation: "hold", summary: "Holds a specified order.") {
                [sales] call in
                try await sales.hold(orderId: try call.argument("id", as: Int.self))
                return true
            },
            Endpoint(.post, "/V1/orders/:id/unhold", access: SalesAccess.unhold, service: Self.management, operation: "unHold", summary: "Releases a specified order from hold status.") {
                [sales] call in
                try await sales.unhold(orderId: try call.argument("id", as: Int.self))
                return true
            },
            Endpoint(.post, "/V1/orders/:id/emails", access: SalesAccess.emails, service: Self.management, operation: "notify", summary: "Emails a user a specified order.") {
                // No mail is sent (Magpie has no mailer); the order must exist, as in Magento.
                [sales] call in
                _ = try await sales.order(id: try call.argument("id", as: Int.self))
                return true
            },
        ]
    }

    /// Magento's raw save: an `entity_id` updates that order, none creates one.
    static func save(_ order: Order, sales: any SalesRepository, stock: StockConfiguration) async throws -> Order {
        if order.entityId != nil { return try await sales.updateOrder(order) }
        return try await sales.createOrder(order, stock: stock)
    }
}
