import CommerceDomain
import Foundation
import MagentoWire

/// `Customer.orders`: a page of the customer's orders with their invoices and shipments, read
/// in a fixed number of statements (the page, then the page's invoices and shipments at once).
extension CustomerArea {
    var orderResolvers: [FieldResolver] {
        [
            FieldResolver("Customer", "orders") { call in
                guard let customerId = CartInput.int(call.parent.objectValue?["__customer_id"]) else {
                    throw GraphQLFault.customerNotAuthorized
                }
                return try await orders(customerId, call)
            },
            FieldResolver("Query", "customerOrders") { call in
                try await orders(try call.context.requireCustomer(), call)
            },
        ]
    }

    func orders(_ customerId: Int, _ call: ResolverCall) async throws -> JSONValue {
        let pageSize = call.int("pageSize") ?? 20
        let currentPage = call.int("currentPage") ?? 1
        guard currentPage >= 1 else { throw GraphQLFault.input("currentPage value must be greater than 0.") }
        guard pageSize >= 1 else { throw GraphQLFault.input("pageSize value must be greater than 0.") }
        var groups = [FilterGroup(filters: [Filter(field: "customer_id", value: String(customerId), conditionType: "eq")])]
        groups += Self.filters(call.object("filter"))
        let sort = call.object("sort")
        let field = CartInput.string(sort?["sort_field"]) == "NUMBER" ? "increment_id" : "created_at"
        let direction = CartInput.string(sort?["sort_direction"]) ?? "DESC"
        let page = try await sales.searchOrders(SearchCriteria(
            filterGroups: groups, sortOrders: [SortOrder(field: field, direction: direction), SortOrder(field: "entity_id", direction: direction)],
            pageSize: pageSize, currentPage: currentPage
        ))
        let items = call.lookahead["items"]
        let ids = page.items.compactMap(\.entityId).map(String.init).joined(separator: ",")
        let byOrder = SearchCriteria(filterGroups: [FilterGroup(filters: [Filter(field: "order_id", value: ids, conditionType: "in")])])
        let invoices = items.selects("invoices") && !ids.isEmpty ? try await sales.searchInvoices(byOrder).items : []
        let shipments = items.selects("shipments") && !ids.isEmpty ? try await sales.searchShipments(byOrder).items : []
        let locale = call.context.locale
        let orders = page.items.map { order in
            OrderJSON.order(
                order, invoices: invoices.filter { $0.orderId == order.entityId }, shipments: shipments.filter { $0.orderId == order.entityId },
                locale: locale
            )
        }
        let totalPages = page.totalCount == 0 ? 0 : (page.totalCount + pageSize - 1) / pageSize
        return .object(JSONObject([
            ("items", .array(orders)),
            ("page_info", ["page_size": .number(String(pageSize)), "current_page": .number(String(currentPage)), "total_pages": .number(String(totalPages))]),
            ("total_count", .number(String(page.totalCount))),
            ("date_of_first_order", .null),
        ]))
    }

    /// `CustomerOrdersFilterInput` as searchCriteria filter groups (each condition its own group: AND).
    static func filters(_ filter: JSONObject?) -> [FilterGroup] {
        guard let filter else { return [] }
        var groups: [FilterGroup] = []
        let columns = [("number", "increment_id"), ("status", "status"), ("order_date", "created_at"), ("grand_total", "grand_total")]
        for (name, column) in columns {
            guard let condition = filter[name]?.objectValue else { continue }
            if let value = CartInput.string(condition["eq"]) { groups.append(FilterGroup(filters: [Filter(field: column, value: value, conditionType: "eq")])) }
            if let value = CartInput.string(condition["match"]) { groups.append(FilterGroup(filters: [Filter(field: column, value: "%\(value)%", conditionType: "like")])) }
            let list = CartInput.strings(condition["in"])
            if !list.isEmpty { groups.append(FilterGroup(filters: [Filter(field: column, value: list.joined(separator: ","), conditionType: "in")])) }
            if let value = CartInput.string(condition["from"]) { groups.append(FilterGroup(filters: [Filter(field: column, value: value, conditionType: "gteq")])) }
            if let value = CartInput.string(condition["to"]) { groups.append(FilterGroup(filters: [Filter(field: column, value: value, conditionType: "lteq")])) }
        }
        return groups
    }
}
