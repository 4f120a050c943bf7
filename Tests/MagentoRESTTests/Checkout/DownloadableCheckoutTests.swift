import Foundation
import HTTPTypes
import MagentoWire
import Testing

@Suite("Downloadable products in carts, orders and link purchases")
struct DownloadableCheckoutTests {
    static let product = #"""
        {"product":{"sku":"DL-ALBUM","name":"Album","price":10,"type_id":"downloadable","attribute_set_id":4,
          "custom_attributes":[{"attribute_code":"links_purchased_separately","value":"1"}],
          "extension_attributes":{"stock_item":{"qty":100,"is_in_stock":true},"downloadable_product_links":[
            {"title":"Side A","price":3,"number_of_downloads":2,"link_type":"url","link_url":"https://files.example.com/a.zip"},
            {"title":"Side B","price":5,"number_of_downloads":0,"link_type":"url","link_url":"https://files.example.com/b.zip"}]}}}
        """#
    static let billing = #"{"firstname":"Jane","lastname":"Doe","street":["1 Main St"],"city":"Austin","region_id":57,"postcode":"78701","country_id":"US","telephone":"555-0100"}"#

    @Test("picked links add their prices, the order item carries them, and the invoice opens them to the buyer")
    func purchase() async throws {
        try await TestApp.make().run { session in
            let admin = try await session.adminToken()
            #expect(try await session.send(.post, "/rest/V1/products", token: admin, body: Self.product).status == .ok)
            _ = try await session.register("jane@example.com")
            let token = try await session.customerToken("jane@example.com")
            _ = try await session.send(.post, "/rest/V1/carts/mine", token: token)

            let none = try await session.send(.post, "/rest/V1/carts/mine/items", token: token, body: #"{"cartItem":{"sku":"DL-ALBUM","qty":1}}"#)
            #expect(none.status == .badRequest)
            #expect(none.text == #"{"message":"Please specify product link(s)."}"#)
            let foreign = try await session.send(.post, "/rest/V1/carts/mine/items", token: token, body: #"{"cartItem":{"sku":"DL-ALBUM","qty":1,"product_option":{"extension_attributes":{"downloadable_option":{"downloadable_links":[2,99]}}}}}"#)
            #expect(foreign.text == #"{"message":"Please specify product link(s)."}"#)
            let added = try await session.send(.post, "/rest/V1/carts/mine/items", token: token, body: #"{"cartItem":{"sku":"DL-ALBUM","qty":1,"product_option":{"extension_attributes":{"downloadable_option":{"downloadable_links":[2]}}}}}"#)
            #expect(added.status == .ok)
            #expect(added.json?["price"] == 15)
            #expect(added.json?["product_type"] == "downloadable")
            #expect(added.json?["product_option"] == ["extension_attributes": ["downloadable_option": ["downloadable_links": [2]]]])

            _ = try await session.send(.post, "/rest/V1/carts/mine/billing-address", token: token, body: #"{"address":\#(Self.billing)}"#)
            let placed = try await session.send(.post, "/rest/V1/carts/mine/payment-information", token: token, body: #"{"paymentMethod":{"method":"checkmo"}}"#)
            #expect(placed.status == .ok, "\(placed.text)")
            let orderId = try #require(Int(placed.text.trimmingCharacters(in: CharacterSet(charactersIn: "\""))))
            let order = try await session.get("/rest/V1/orders/\(orderId)?fields=grand_total,items[sku,product_type,price,product_option]", token: admin)
            #expect(order.text == #"{"grand_total":15,"items":[{"product_type":"downloadable","sku":"DL-ALBUM","price":15,"product_option":{"extension_attributes":{"downloadable_option":{"downloadable_links":[2]}}}}]}"#)

            let before = try await session.send(.post, "/graphql", token: token, body: #"{"query":"{ customerDownloadableProducts { items { status } } }"}"#)
            #expect(before.text == #"{"data":{"customerDownloadableProducts":{"items":[]}}}"#)
            let invoice = try await session.send(.post, "/rest/V1/order/\(orderId)/invoice", token: admin, body: #"{"capture":true}"#)
            #expect(invoice.status == .ok, "\(invoice.text)")
            let after = try await session.send(.post, "/graphql", token: token, body: #"{"query":"{ customerDownloadableProducts { items { order_increment_id remaining_downloads status download_url } } }"}"#)
            let items = after.json?["data"]?["customerDownloadableProducts"]?["items"]?.arrayValue ?? []
            #expect(items.count == 1)
            #expect(items.first?["remaining_downloads"] == "Unlimited")
            #expect(items.first?["status"] == "available")
            #expect(items.first?["download_url"]?.stringValue?.contains("/downloadable/download/link/id/") == true)
            let anonymous = try await session.send(.post, "/graphql", body: #"{"query":"{ customerDownloadableProducts { items { status } } }"}"#)
            #expect(anonymous.json?["errors"]?.arrayValue?.first?["extensions"]?["category"] == "graphql-authorization")
        }
    }

    @Test("without links sold separately the product's price buys every link")
    func allLinks() async throws {
        try await TestApp.make().run { session in
            let admin = try await session.adminToken()
            let whole = Self.product.replacingOccurrences(of: #""value":"1""#, with: #""value":"0""#)
            #expect(try await session.send(.post, "/rest/V1/products", token: admin, body: whole).status == .ok)
            let cart = "/rest/V1/guest-carts/\(try await session.guestCart())"
            let added = try await session.send(.post, "\(cart)/items", body: #"{"cartItem":{"sku":"DL-ALBUM","qty":2}}"#)
            #expect(added.json?["price"] == 10)
            #expect(added.json?["product_option"] == ["extension_attributes": ["downloadable_option": ["downloadable_links": [1, 2]]]])
        }
    }
}
