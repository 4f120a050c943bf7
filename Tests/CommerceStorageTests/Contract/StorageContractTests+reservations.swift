import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import SQLKit
import Testing

/// MSI reservations (`cataloginventory/magpie/reservations`): the ledger, and the lifecycle
/// writing it instead of moving source quantity at placement.
extension StorageContractTests {
    static var reserving: StockConfiguration {
        var config = StockConfiguration()
        config.reservations = true
        return config
    }

    static func salable(_ storage: Storage, _ sku: String) async throws -> Decimal {
        try await storage.stockRegistry.salableQuantity(sku: sku, stockId: 1, config: reserving)
    }

    @Test("Reservations append per stock and SKU and sum exactly", arguments: TestEngine.all)
    func reservationLedger(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let placed = ReservationMetadata(eventType: ReservationMetadata.orderPlaced, objectId: "7", objectIncrementId: "000000007")
            try await storage.stockRegistry.appendReservations([
                Reservation(stockId: 1, sku: "RS-1", quantity: Decimal(string: "-2.5")!, metadata: placed),
                Reservation(stockId: 1, sku: "RS-1", quantity: 1, metadata: placed),
                Reservation(stockId: 2, sku: "RS-1", quantity: -4, metadata: placed),
            ])
            #expect(try await storage.stockRegistry.reservedQuantity(sku: "RS-1", stockId: 1) == Decimal(string: "-1.5"))
            #expect(try await storage.stockRegistry.reservedQuantity(sku: "RS-1", stockId: 2) == -4)
            #expect(try await storage.stockRegistry.reservedQuantity(sku: "RS-2", stockId: 1) == 0)
            let metadata = try await storage.provider.read { db in
                try await db.raw("SELECT metadata FROM inventory_reservation ORDER BY reservation_id").all()
                    .map { try $0.decode(column: "metadata", as: String.self) }
            }
            #expect(metadata.first == #"{"event_type":"order_placed","object_type":"order","object_id":"7","object_increment_id":"000000007"}"#)
        }
    }

    @Test("With reservations on, placing reserves and leaves the source; shipping deducts and compensates", arguments: TestEngine.all)
    func reservationPlaceAndShip(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.products.saveProduct(Self.simple("SO-1", price: "10", color: "1"), scope: .global, saveOptions: false)
            let order = try await storage.sales.createOrder(Self.guestOrder(), stock: Self.reserving)
            #expect(try await Self.stockQty(storage, "SO-1") == 5)
            #expect(try await storage.stockRegistry.reservedQuantity(sku: "SO-1", stockId: 1) == -2)
            #expect(try await Self.salable(storage, "SO-1") == 3)
            _ = try await storage.sales.ship(orderId: try #require(order.entityId), DocumentRequest(), stock: Self.reserving)
            #expect(try await Self.stockQty(storage, "SO-1") == 3)
            #expect(try await storage.stockRegistry.reservedQuantity(sku: "SO-1", stockId: 1) == 0)
            #expect(try await Self.salable(storage, "SO-1") == 3)
            let sourceQty = try await storage.inventory.searchSourceItems(SearchCriteria(filterGroups: [
                FilterGroup(filters: [Filter(field: "sku", value: "SO-1", conditionType: "eq")]),
            ])).items.first?.quantity
            #expect(sourceQty == 3)
        }
    }

    @Test("With reservations on, an order beyond the salable quantity is refused though the source holds it", arguments: TestEngine.all)
    func reservationRefusal(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.products.saveProduct(Self.simple("SO-1", price: "10", color: "1"), scope: .global, saveOptions: false)
            _ = try await storage.sales.createOrder(Self.guestOrder(qty: 4), stock: Self.reserving)
            await #expect(throws: CommerceError.invalidInput(message: "Not all of your products are available in the requested quantity.")) {
                try await storage.sales.createOrder(Self.guestOrder(qty: 2), stock: Self.reserving)
            }
            #expect(try await Self.stockQty(storage, "SO-1") == 5)
            #expect(try await storage.stockRegistry.reservedQuantity(sku: "SO-1", stockId: 1) == -4)
        }
    }

    @Test("With reservations on, canceling and refunding unshipped quantity release the reservation", arguments: TestEngine.all)
    func reservationRelease(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.products.saveProduct(Self.simple("SO-1", price: "10", color: "1"), scope: .global, saveOptions: false)
            let canceled = try #require(try await storage.sales.createOrder(Self.guestOrder(), stock: Self.reserving).entityId)
            #expect(try await storage.sales.cancel(orderId: canceled, stock: Self.reserving))
            #expect(try await Self.salable(storage, "SO-1") == 5)
            let refunded = try #require(try await storage.sales.createOrder(Self.guestOrder(), stock: Self.reserving).entityId)
            _ = try await storage.sales.invoice(orderId: refunded, DocumentRequest())
            _ = try await storage.sales.refund(orderId: refunded, invoiceId: nil, DocumentRequest(), stock: Self.reserving)
            #expect(try await Self.salable(storage, "SO-1") == 5)
            #expect(try await Self.stockQty(storage, "SO-1") == 5)
        }
    }
}
