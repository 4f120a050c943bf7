import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

@Suite("Legacy stock item endpoints")
struct StockItemEndpointTests {
    static func product(_ session: TestSession, token: String) async throws {
        _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"MB-01","name":"Bag","price":1,"extension_attributes":{"stock_item":{"qty":10,"is_in_stock":true}}}}"#)
    }

    @Test("PUT merges, answers the item id, flips to out of stock at min_qty, bumps updated_at, and mirrors the default source")
    func update() async throws {
        let clock = TestClock()
        try await TestApp.make(clock: clock).run { session in
            let token = try await session.adminToken()
            try await Self.product(session, token: token)
            clock.advance(by: 30)
            let reply = try await session.send(.put, "/rest/V1/products/mb-01/stockItems/77", token: token, body: #"{"stockItem":{"qty":0}}"#)
            #expect(reply.status == .ok)
            #expect(reply.text == "1")
            let item = try await session.get("/rest/V1/stockItems/MB-01?fields=item_id,qty,is_in_stock,low_stock_date,stock_status_changed_auto", token: token)
            #expect(item.text == #"{"item_id":1,"qty":0,"is_in_stock":false,"low_stock_date":"2026-09-21 14:13:50","stock_status_changed_auto":1}"#)
            let product = try await session.get("/rest/V1/products/MB-01?fields=updated_at", token: token)
            #expect(product.text == #"{"updated_at":"2026-09-21 14:13:50"}"#)
            let source = try await session.get("/rest/V1/inventory/source-items?searchCriteria=&fields=items", token: token)
            #expect(source.text == #"{"items":[{"sku":"MB-01","source_code":"default","quantity":0,"status":0}]}"#)
            let status = try await session.get("/rest/V1/stockStatuses/MB-01?fields=product_id,stock_id,qty,stock_status", token: token)
            #expect(status.text == #"{"product_id":1,"stock_id":1,"qty":0,"stock_status":0}"#)
        }
    }

    @Test("a default-source write through MSI shows in the legacy item")
    func msiToLegacy() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await Self.product(session, token: token)
            let saved = try await session.send(.post, "/rest/V1/inventory/source-items", token: token, body: #"{"sourceItems":[{"sku":"MB-01","source_code":"default","quantity":42,"status":1}]}"#)
            #expect(saved.text == "[]")
            let item = try await session.get("/rest/V1/stockItems/MB-01?fields=qty,is_in_stock", token: token)
            #expect(item.text == #"{"qty":42,"is_in_stock":true}"#)
        }
    }

    @Test("unknown SKUs get the stock registry's 404; lowStock pages items under the quantity")
    func missingAndLowStock() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let missing = try await session.get("/rest/V1/stockItems/NOPE", token: token)
            #expect(missing.status == .notFound)
            #expect(missing.text == #"{"message":"The Product with the \"%1\" SKU doesn't exist.","parameters":["NOPE"]}"#)
            try await Self.product(session, token: token)
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"LOW","name":"Low","price":1,"extension_attributes":{"stock_item":{"qty":2,"is_in_stock":true}}}}"#)
            let low = try await session.get("/rest/V1/stockItems/lowStock?scopeId=0&qty=5&pageSize=10&fields=items[product_id,qty],total_count", token: token)
            #expect(low.text == #"{"items":[{"product_id":2,"qty":2}],"total_count":1}"#)
        }
    }
}

@Suite("MSI salable quantity")
struct SalableQuantityEndpointTests {
    @Test("salable quantity sums in-stock sources of the stock, minus min_qty; is-product-salable follows it")
    func salable() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await StockItemEndpointTests.product(session, token: token)
            _ = try await session.send(.post, "/rest/V1/inventory/sources", token: token, body: #"{"source":{"source_code":"eu","name":"EU","country_id":"DE","postcode":"10115"}}"#)
            let linked = try await session.send(.post, "/rest/V1/inventory/stock-source-links", token: token, body: #"{"links":[{"source_code":"eu","stock_id":1,"priority":2}]}"#)
            #expect(linked.text == "[]")
            _ = try await session.send(.post, "/rest/V1/inventory/source-items", token: token, body: #"{"sourceItems":[{"sku":"MB-01","source_code":"eu","quantity":5,"status":1}]}"#)
            _ = try await session.send(.put, "/rest/V1/products/MB-01/stockItems/1", token: token, body: #"{"stockItem":{"use_config_min_qty":false,"min_qty":2,"is_in_stock":true}}"#)
            let quantity = try await session.get("/rest/V1/inventory/get-product-salable-quantity/MB-01/1", token: token)
            #expect(quantity.text == "13")
            let salable = try await session.get("/rest/V1/inventory/is-product-salable/MB-01/1", token: token)
            #expect(salable.text == "true")
            let missing = try await session.get("/rest/V1/inventory/get-product-salable-quantity/NOPE/1", token: token)
            #expect(missing.status == .notFound)
            #expect(missing.text == #"{"message":"The product that was requested doesn't exist. Verify the product and try again."}"#)
        }
    }
}
