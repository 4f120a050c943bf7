import CommerceDomain
import CommerceStorage
import Foundation
import Logging
import MagentoGraphQL
import MagentoWire
import NIOCore
import SQLKit
import Synchronization
import Testing

/// A cart's items, prices and products load in a fixed number of SQL statements, whatever the
/// number of lines (counted at the storage seam).
@Suite("GraphQL cart statement count")
struct CartStatementCountTests {
    @Test("reading a cart with items, prices, products and configurable labels costs the same statements for 1 line or 6")
    func fixedStatements() async throws {
        let counting = CartCountingProvider(try await SQLiteProvider.openInMemory(logger: Logger(label: "test")))
        let storage = Storage(provider: counting, clock: StoppedClock())
        _ = try await storage.migrate()
        let scope = CatalogScope(storeId: 0, writesToView: false)
        for index in 1...6 {
            let json = #"{"sku":"N-\#(index)","name":"Item \#(index)","price":10,"type_id":"simple","attribute_set_id":4,"extension_attributes":{"stock_item":{"qty":50,"is_in_stock":true}}}"#
            _ = try await storage.products.saveProduct(try JSONDecoder().decode(Product.self, from: Data(json.utf8)), scope: scope, saveOptions: false)
        }
        let checkout = CheckoutService(quotes: storage.quotes, products: storage.products, attributes: storage.productAttributes, stock: { StockConfiguration() })
        let masked = try await storage.quotes.createGuestQuote(storeId: 1)
        let id = try #require(try await storage.quotes.quoteId(maskedId: masked))
        let settings = CheckoutSettings(websiteId: 1, currency: "USD", carriers: CarrierSettings(), payments: PaymentSettings())
        let look = Lookahead(children: [
            "items": Lookahead(children: ["product": Lookahead(children: ["sku": Lookahead()]), "configurable_options": Lookahead(), "prices": Lookahead()]),
            "prices": Lookahead(), "shipping_addresses": Lookahead(), "billing_address": Lookahead(),
        ])
        let products = CartProducts(attributes: storage.productAttributes)
        func statementsToRead() async throws -> Int {
            counting.reset()
            let cart = try await LoadedCart.load(id: id, maskedId: masked, quotes: storage.quotes, settings: settings, locale: "en_US")
            _ = try await cart.json(look, products: products)
            return counting.statements
        }
        _ = try await checkout.addItem(id, CartItem(sku: "N-1", qty: 1), storeId: 1)
        let one = try await statementsToRead()
        for index in 2...6 {
            _ = try await checkout.addItem(id, CartItem(sku: "N-\(index)", qty: 1), storeId: 1)
        }
        let six = try await statementsToRead()
        #expect(one == six)
        #expect(one > 0)
        await storage.close()
    }
}

/// Counts the SQL statements run through the provider it wraps. (The catalog tests keep an
/// equivalent helper; this one stays private to the cart test so the two branches merge.)
private final class CartCountingProvider: DatabaseProvider {
    let inner: any DatabaseProvider
    private let counter = Mutex(0)

    init(_ inner: any DatabaseProvider) {
        self.inner = inner
    }

    var engine: DatabaseEngine { inner.engine }
    var statements: Int { counter.withLock { $0 } }
    func reset() { counter.withLock { $0 = 0 } }
    func count() { counter.withLock { $0 += 1 } }

    func read<T: Sendable>(_ work: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await inner.read { db in try await work(CartCountingDatabase(inner: db, provider: self)) }
    }

    func transaction<T: Sendable>(_ work: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await inner.transaction { db in try await work(CartCountingDatabase(inner: db, provider: self)) }
    }

    func close() async { await inner.close() }
}

private struct CartCountingDatabase: SQLDatabase {
    let inner: any SQLDatabase
    let provider: CartCountingProvider

    var logger: Logger { inner.logger }
    var eventLoop: any EventLoop { inner.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { inner.version }
    var dialect: any SQLDialect { inner.dialect }
    var queryLogLevel: Logger.Level? { inner.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        provider.count()
        return inner.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        provider.count()
        try await inner.execute(sql: query, onRow)
    }

    func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await inner.withSession { db in try await closure(CartCountingDatabase(inner: db, provider: provider)) }
    }
}
