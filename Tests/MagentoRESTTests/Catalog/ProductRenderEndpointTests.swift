import Foundation
import HTTPTypes
import MagentoWire
import Testing

@Suite("GET /V1/products-render-info")
struct ProductRenderEndpointTests {
    @Test("visible enabled products with prices in the store's currency, buttons, URL and salability")
    func render() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"R-1","name":"Render me","price":1234.5,"type_id":"simple","attribute_set_id":4,"visibility":4,"status":1,"custom_attributes":[{"attribute_code":"url_key","value":"render-me"},{"attribute_code":"special_price","value":"1000"}],"extension_attributes":{"stock_item":{"qty":3,"is_in_stock":true}}}}"#)
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"R-HIDDEN","name":"Hidden","price":1,"type_id":"simple","attribute_set_id":4,"visibility":1}}"#)
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"R-OFF","name":"Off","price":1,"type_id":"simple","attribute_set_id":4,"status":2}}"#)
            let path = "/rest/V1/products-render-info?searchCriteria[filterGroups][0][filters][0][field]=sku&searchCriteria[filterGroups][0][filters][0][value]=R-%25&searchCriteria[filterGroups][0][filters][0][conditionType]=like&storeId=1&currencyCode=USD"
            let reply = try await session.get(path)
            #expect(reply.status == .ok)
            let items = reply.json?["items"]?.arrayValue ?? []
            #expect(items.count == 1)
            #expect(reply.json?["total_count"] == 1)
            let item = try #require(items.first)
            #expect(item["name"] == "Render me")
            #expect(item["url"] == "http://magpie.test/render-me.html")
            #expect(item["is_salable"] == "1")
            #expect(item["currency_code"] == "USD")
            #expect(item["price_info"]?["final_price"] == 1000)
            #expect(item["price_info"]?["regular_price"]?.numberText == "1234.5")
            #expect(item["price_info"]?["formatted_prices"]?["final_price"] == #"<span class="price">$1,000.00</span>"#)
            #expect(item["price_info"]?["formatted_prices"]?["regular_price"] == #"<span class="price">$1,234.50</span>"#)
            #expect(item["add_to_cart_button"]?["required_options"] == false)
            let id = try #require(item["id"]?.numberText)
            #expect(item["add_to_cart_button"]?["post_data"]?.stringValue?.contains(#""product":"\#(id)""#) == true)

            let noStore = try await session.get("/rest/V1/products-render-info?searchCriteria[pageSize]=1&storeId=99&currencyCode=USD")
            #expect(noStore.status == .notFound)
            #expect(noStore.text == #"{"message":"The store that was requested wasn't found. Verify the store and try again."}"#)
            let missing = try await session.get("/rest/V1/products-render-info?searchCriteria[pageSize]=1&storeId=1")
            #expect(missing.status == .badRequest)
        }
    }
}
