import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

/// Reservations meeting the sources: which source a shipment takes from, and where a credit
/// memo's quantity goes.
extension StorageContractTests {
    static func sourceQty(_ storage: Storage, _ sku: String, _ code: String) async throws -> Decimal? {
        try await storage.inventory.searchSourceItems(SearchCriteria(filterGroups: [
            FilterGroup(filters: [Filter(field: "sku", value: sku, conditionType: "eq")]),
        ])).items.first { $0.sourceCode == code }?.quantity
    }

    @Test("With reservations on, a shipment takes from the stock's sources in priority order", arguments: TestEngine.all)
    func reservationShipByPriority(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.products.saveProduct(Self.simple("SO-1", price: "10", color: "1"), scope: .global, saveOptions: false)
            try await storage.inventory.saveSource(Self.warehouse)
            try await storage.inventory.saveLinks([StockSourceLink(stockId: 1, sourceCode: "eu_wh", priority: 0)])
            try await storage.inventory.saveSourceItems([SourceItem(sku: "SO-1", sourceCode: "eu_wh", quantity: 1, status: 1)])
            #expect(try await Self.salable(storage, "SO-1") == 6)
            let id = try #require(try await storage.sales.createOrder(Self.guestOrder(qty: 3), stock: Self.reserving).entityId)
            #expect(try await Self.salable(storage, "SO-1") == 3)
            _ = try await storage.sales.ship(orderId: id, DocumentRequest(), stock: Self.reserving)
            #expect(try await Self.sourceQty(storage, "SO-1", "eu_wh") == 0)
            #expect(try await Self.sourceQty(storage, "SO-1", "default") == 3)
            #expect(try await Self.stockQty(storage, "SO-1") == 3)
            #expect(try await Self.salable(storage, "SO-1") == 3)
        }
    }

    @Test("With reservations on, a credit memo frees what never shipped and returns to the source what did", arguments: TestEngine.all)
    func reservationRefundSplit(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.products.saveProduct(Self.simple("SO-1", price: "10", color: "1"), scope: .global, saveOptions: false)
            let order = try await storage.sales.createOrder(Self.guestOrder(), stock: Self.reserving)
            let id = try #require(order.entityId)
            let itemId = try #require(order.items?.first?.itemId)
            _ = try await storage.sales.invoice(orderId: id, DocumentRequest())
            _ = try await storage.sales.ship(orderId: id, DocumentRequest(items: [DocumentItemRequest(orderItemId: itemId, qty: 1)]), stock: Self.reserving)
            #expect(try await Self.stockQty(storage, "SO-1") == 4)
            #expect(try await Self.salable(storage, "SO-1") == 3)
            _ = try await storage.sales.refund(
                orderId: id, invoiceId: nil,
                DocumentRequest(items: [DocumentItemRequest(orderItemId: itemId, qty: 2)], refund: RefundArguments(returnToStockItems: [itemId])),
                stock: Self.reserving
            )
            #expect(try await storage.stockRegistry.reservedQuantity(sku: "SO-1", stockId: 1) == 0)
            #expect(try await Self.stockQty(storage, "SO-1") == 5)
            #expect(try await Self.salable(storage, "SO-1") == 5)
        }
    }

    @Test("With reservations on, concurrent placements never reserve more than the salable quantity", arguments: TestEngine.all)
    func reservationConcurrentPlacements(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.products.saveProduct(Self.simple("SO-1", price: "10", color: "1"), scope: .global, saveOptions: false)
            let placed = await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<5 {
                    group.addTask { (try? await storage.sales.createOrder(Self.guestOrder(qty: 2), stock: Self.reserving)) != nil }
                }
                return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(placed == 2)
            #expect(try await storage.stockRegistry.reservedQuantity(sku: "SO-1", stockId: 1) == -4)
        }
    }
}
