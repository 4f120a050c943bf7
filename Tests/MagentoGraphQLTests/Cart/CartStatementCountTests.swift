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
        let counting = CountingProvider(try await SQLiteProvider.openInMemory(logger: Logger(label: "test")))
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
        // Lines shown with the catalog's full product rendering (prices, image, stock, variants).
        try await storage.seedDemoStores()
        let stores = try await StoreDirectory.load(from: storage.stores)
        let context = GraphQLContext(
            store: stores.defaultView, stores: stores, identity: .guest, currency: "USD", baseURL: "http://magpie.test/", requestId: "count"
        )
        let catalog = CatalogPorts(search: storage.catalogSearch, categories: storage.categories, attributes: storage.productAttributes, cms: storage.cms)
        let fullLook = Lookahead(children: [
            "items": Lookahead(children: [
                "product": Lookahead(children: [
                    "sku": Lookahead(), "small_image": Lookahead(), "price_range": Lookahead(), "stock_status": Lookahead(),
                    "variants": Lookahead(), "configurable_options": Lookahead(),
                ]),
                "configured_variant": Lookahead(children: ["sku": Lookahead()]), "configurable_options": Lookahead(), "prices": Lookahead(),
            ]),
        ])
        let identityProducts = CartProducts(attributes: storage.productAttributes)
        let fullProducts = CartProducts(attributes: storage.productAttributes, catalog: catalog).shown(for: context)
        func statementsToRead(_ look: Lookahead, _ products: CartProducts) async throws -> Int {
            counting.reset()
            let cart = try await LoadedCart.load(id: id, maskedId: masked, quotes: storage.quotes, settings: settings, locale: "en_US")
            _ = try await cart.json(look, products: products)
            return counting.statements
        }
        _ = try await checkout.addItem(id, CartItem(sku: "N-1", qty: 1), storeId: 1)
        let one = try await statementsToRead(look, identityProducts)
        let oneFull = try await statementsToRead(fullLook, fullProducts)
        for index in 2...6 {
            _ = try await checkout.addItem(id, CartItem(sku: "N-\(index)", qty: 1), storeId: 1)
        }
        let six = try await statementsToRead(look, identityProducts)
        let sixFull = try await statementsToRead(fullLook, fullProducts)
        #expect(one == six)
        #expect(one > 0)
        #expect(oneFull == sixFull)
        await storage.close()
    }
}
