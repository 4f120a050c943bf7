import CommerceDomain
import Foundation
import HTTPTypes
import Logging
import MagentoWire
import MagpieServer
import Testing

/// MSI reservations through the API, with `cataloginventory/magpie/reservations` on: placement
/// reserves salable quantity, shipment deducts from the source, cancel releases.
@Suite("Reservations through the API")
struct ReservationEndpointTests {
    /// Runs `body` against an app whose database has reservations switched on.
    static func withReservations(_ body: @escaping @Sendable (TestSession) async throws -> Void) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("magpie-reservations-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let configuration = ServerConfiguration(database: path, adminPassword: TestApp.adminPassword)
        _ = try await ConfigAdmin.set(
            configuration, scope: .default, scopeCode: nil, path: "cataloginventory/magpie/reservations", value: "1", logger: Logger(label: "test")
        )
        try await TestApp.make { $0.database = path }.run(body)
    }

    @Test("placing lowers the salable quantity and leaves the source quantity alone")
    func placing() async throws {
        try await Self.withReservations { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: token)
            #expect(try await session.placeOrder(qty: 2, token: token).status == .ok)
            let stock = try await session.stock("SALE-1", token: token)
            #expect(stock.qty == #"{"qty":10}"#)
            #expect(stock.salable == "8")
            let enough = try await session.get("/rest/V1/inventory/is-product-salable-for-requested-qty/SALE-1/1/9", token: token)
            #expect(enough.text.hasPrefix(#"{"salable":false"#))
            let exported = try await session.get("/rest/V1/inventory/export-stock-salable-qty/website/base?searchCriteria[pageSize]=10", token: token)
            #expect(exported.text.hasPrefix(#"{"items":[{"sku":"SALE-1","qty":8,"is_salable":true}]"#))
        }
    }

    @Test("shipping takes the source quantity and leaves the salable quantity alone")
    func shipping() async throws {
        try await Self.withReservations { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: token)
            _ = try await session.placeOrder(qty: 2, token: token)
            #expect(try await session.send(.post, "/rest/V1/order/1/ship", token: token, body: "{}").status == .ok)
            let stock = try await session.stock("SALE-1", token: token)
            #expect(stock.qty == #"{"qty":8}"#)
            #expect(stock.salable == "8")
        }
    }

    @Test("canceling gives the reserved quantity back")
    func canceling() async throws {
        try await Self.withReservations { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: token)
            _ = try await session.placeOrder(qty: 2, token: token)
            #expect(try await session.send(.post, "/rest/V1/orders/1/cancel", token: token).text == "true")
            let stock = try await session.stock("SALE-1", token: token)
            #expect(stock.qty == #"{"qty":10}"#)
            #expect(stock.salable == "10")
        }
    }

    @Test("an order or a cart line beyond what reservations leave is refused though the source still holds it")
    func refusedWhenReserved() async throws {
        try await Self.withReservations { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", qty: 3, token: token)
            #expect(try await session.placeOrder(qty: 2, token: token).status == .ok)
            let second = try await session.placeOrder(qty: 2, token: token)
            #expect(second.status == .badRequest)
            #expect(second.text == #"{"message":"Not all of your products are available in the requested quantity."}"#)
            let cart = "/rest/V1/guest-carts/\(try await session.guestCart())"
            #expect(try await session.addItem(cart, sku: "SALE-1", qty: 2).text == #"{"message":"The requested qty is not available"}"#)
            #expect(try await session.addItem(cart, sku: "SALE-1", qty: 1).status == .ok)
            #expect(try await session.stock("SALE-1", token: token).qty == #"{"qty":3}"#)
        }
    }

    @Test("a checkout order reserves the same way")
    func checkout() async throws {
        try await Self.withReservations { session in
            let (token, cart) = try await session.guestCartWithProduct()
            _ = try await session.addItem(cart, sku: "SALE-1", qty: 2)
            _ = try await session.shippingInformation(cart, address: TestSession.texas)
            let placed = try await session.send(.post, "\(cart)/payment-information", body: #"{"email":"ada@example.com","paymentMethod":{"method":"checkmo"}}"#)
            #expect(placed.status == .ok)
            let stock = try await session.stock("SALE-1", token: token)
            #expect(stock.qty == #"{"qty":10}"#)
            #expect(stock.salable == "8")
        }
    }
}
