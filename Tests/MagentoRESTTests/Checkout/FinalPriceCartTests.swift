import HTTPTypes
import MagentoWire
import Testing

/// Carts charge Magento's final price: a special price while its dates cover the day, and the
/// buyer group's tier price once the line reaches its quantity.
@Suite("Final prices in carts")
struct FinalPriceCartTests {
    @Test("a special price applies within its dates and ends with them; a group's tier applies from its quantity")
    func specialAndTierPrices() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            let saved = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"FP-1","name":"Final","price":20,"extension_attributes":{"stock_item":{"qty":50,"is_in_stock":true}},"custom_attributes":[{"attribute_code":"special_price","value":"15"},{"attribute_code":"special_from_date","value":"2026-09-01 00:00:00"},{"attribute_code":"special_to_date","value":"2026-09-30 00:00:00"}]}}"#)
            #expect(saved.status == .ok)
            // NOT LOGGED IN (group 0) buys 3 or more at 12.
            _ = try await session.send(.post, "/rest/V1/products/FP-1/group-prices/0/tiers/3/price/12", token: token)
            let cart = "/rest/V1/guest-carts/\(try await session.guestCart())"
            _ = try await session.addItem(cart, sku: "FP-1", qty: 1)
            func price() async throws -> String? {
                try await session.get("\(cart)/totals?fields=items[price]").json?["items"]?.arrayValue?.first?["price"]?.jsonString
            }
            #expect(try await price() == "15")
            _ = try await session.send(.put, "\(cart)/items/1", body: #"{"cartItem":{"qty":3}}"#)
            #expect(try await price() == "12")
            _ = try await session.send(.put, "\(cart)/items/1", body: #"{"cartItem":{"qty":1}}"#)
            // 2026-09-21 + 10 days: the special price has ended.
            app.clock.advance(by: 10 * 86_400)
            #expect(try await price() == "20")
        }
    }
}
