import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Orders, invoices, shipments and credit memos over the `sales_*` tables.
public struct SQLSalesRepository: SalesRepository {
    let provider: any DatabaseProvider
    let clock: any CommerceClock

    public init(provider: any DatabaseProvider, clock: any CommerceClock) {
        self.provider = provider
        self.clock = clock
    }

    var now: String { MagentoTimestamp.string(from: clock.now()) }

    public func order(id: Int) async throws -> Order {
        try await provider.read { db in try await SalesOrderRows.load(id: id, on: db) }
    }

    public func searchOrders(_ criteria: SearchCriteria) async throws -> SearchPage<Order> {
        try await provider.read { db in
            let page = try await SearchQuery(criteria, table: SalesTables.orders, columns: ["entity_id", "document"]).run(on: db)
            let ids = try page.items.map { try $0.decode(column: "entity_id", as: Int.self) }
            let items = try await SalesOrderRows.items(orderIds: ids, on: db)
            let orders = try zip(ids, page.items).map { id, row in
                var order = try SalesDocumentCoding.decode(Order.self, from: row)
                order.entityId = id
                order.items = items[id] ?? []
                return SalesOrderRows.withParentIds(order)
            }
            return SearchPage(items: orders, totalCount: page.totalCount)
        }
    }

    public func orderItem(id: Int) async throws -> OrderItem {
        try await provider.read { db in
            guard let row = try await db.raw("SELECT item_id, document FROM sales_order_item WHERE item_id = \(bind: id)").first() else {
                throw SalesDocumentCoding.noSuchEntity
            }
            return try SalesOrderRows.item(from: row)
        }
    }

    public func searchOrderItems(_ criteria: SearchCriteria) async throws -> SearchPage<OrderItem> {
        try await provider.read { db in
            let page = try await SearchQuery(criteria, table: SalesTables.items, columns: ["item_id", "document"]).run(on: db)
            return SearchPage(items: try page.items.map(SalesOrderRows.item(from:)), totalCount: page.totalCount)
        }
    }

    public func searchTransactions(_ criteria: SearchCriteria) async throws -> SearchPage<PaymentTransaction> {
        try await provider.read { db in try await PaymentTransactionRows.search(criteria, on: db) }
    }

    public func transaction(id: Int) async throws -> PaymentTransaction {
        try await provider.read { db in try await PaymentTransactionRows.load(id: id, on: db) }
    }

    public func downloadablePurchases(customerId: Int) async throws -> [DownloadablePurchase] {
        try await provider.read { db in try await DownloadablePurchaseRows.purchases(customerId: customerId, on: db) }
    }

    public func invoice(id: Int) async throws -> Invoice {
        try await document(Invoice.self, table: "sales_invoice", id: id) { $0.entityId = $1 }
    }

    public func searchInvoices(_ criteria: SearchCriteria) async throws -> SearchPage<Invoice> {
        try await documents(Invoice.self, table: SalesTables.invoices, criteria) { $0.entityId = $1 }
    }

    public func shipment(id: Int) async throws -> Shipment {
        try await provider.read { db in
            var shipment = try await Self.document(Shipment.self, table: "sales_shipment", id: id, on: db) { $0.entityId = $1 }
            shipment.tracks = try await SalesDocumentRows.tracks(shipmentId: id, on: db)
            return shipment
        }
    }

    public func searchShipments(_ criteria: SearchCriteria) async throws -> SearchPage<Shipment> {
        try await provider.read { db in
            var page = try await Self.documents(Shipment.self, table: SalesTables.shipments, criteria, on: db) { $0.entityId = $1 }
            for index in page.items.indices {
                page.items[index].tracks = try await SalesDocumentRows.tracks(shipmentId: page.items[index].entityId ?? 0, on: db)
            }
            return page
        }
    }

    public func creditmemo(id: Int) async throws -> Creditmemo {
        try await document(Creditmemo.self, table: "sales_creditmemo", id: id) { $0.entityId = $1 }
    }

    public func searchCreditmemos(_ criteria: SearchCriteria) async throws -> SearchPage<Creditmemo> {
        try await documents(Creditmemo.self, table: SalesTables.creditmemos, criteria) { $0.entityId = $1 }
    }

    private func document<T: Decodable & Sendable>(
        _ type: T.Type, table: String, id: Int, setId: @escaping @Sendable (inout T, Int) -> Void
    ) async throws -> T {
        try await provider.read { db in try await Self.document(type, table: table, id: id, on: db, setId: setId) }
    }

    static func document<T: Decodable>(
        _ type: T.Type, table: String, id: Int, on db: any SQLDatabase, setId: (inout T, Int) -> Void
    ) async throws -> T {
        guard let row = try await db.raw("SELECT document FROM \(ident: table) WHERE entity_id = \(bind: id)").first() else {
            throw SalesDocumentCoding.noSuchEntity
        }
        var value = try SalesDocumentCoding.decode(type, from: row)
        setId(&value, id)
        return value
    }

    private func documents<T: Decodable & Sendable>(
        _ type: T.Type, table: SearchableTable, _ criteria: SearchCriteria, setId: @escaping @Sendable (inout T, Int) -> Void
    ) async throws -> SearchPage<T> {
        try await provider.read { db in try await Self.documents(type, table: table, criteria, on: db, setId: setId) }
    }

    static func documents<T: Decodable>(
        _ type: T.Type, table: SearchableTable, _ criteria: SearchCriteria, on db: any SQLDatabase, setId: (inout T, Int) -> Void
    ) async throws -> SearchPage<T> {
        let page = try await SearchQuery(criteria, table: table, columns: ["entity_id", "document"]).run(on: db)
        let items = try page.items.map { row in
            var value = try SalesDocumentCoding.decode(type, from: row)
            setId(&value, try row.decode(column: "entity_id", as: Int.self))
            return value
        }
        return SearchPage(items: items, totalCount: page.totalCount)
    }
}
