import Foundation
import HTTPTypes
import MagentoWire
import Testing

/// Cart lines with customizable options: Magento's checks when adding, the options' prices on
/// top of the product's, one line per distinct set of options, and the options on the order row.
@Suite("Custom options in carts")
struct CustomOptionCartTests {
    /// A 20.00 mug: a required engraving (+5.00, at most 10 characters) and an optional colour
    /// (Red +10%, Blue +2.00).
    static let mug = """
        {"product":{"sku":"MUG-C","name":"Custom Mug","price":20,"type_id":"simple","attribute_set_id":4,
        "extension_attributes":{"stock_item":{"qty":10,"is_in_stock":true}},
        "options":[
          {"title":"Engraving","type":"field","is_require":true,"price":5,"price_type":"fixed","max_characters":10,"sort_order":1},
          {"title":"Colour","type":"drop_down","is_require":false,"sort_order":2,"values":[
            {"title":"Red","price":10,"price_type":"percent","sort_order":1},
            {"title":"Blue","price":2,"price_type":"fixed","sort_order":2}]}]}}
        """

    static func item(_ options: String, qty: Int = 1) -> String {
        #"{"cartItem":{"sku":"MUG-C","qty":\#(qty),"product_option":{"extension_attributes":{"custom_options":[\#(options)]}}}}"#
    }

    @Test("required, too long and unknown values are refused; options price the line and split lines; the order keeps them")
    func customOptions() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let created = try await session.send(.post, "/rest/V1/products", token: token, body: Self.mug)
            #expect(created.status == .ok)
            let ids = try await session.get("/rest/V1/products/MUG-C?fields=options[option_id,title,values[option_type_id,title]]", token: token)
            #expect(ids.text == #"{"options":[{"option_id":1,"title":"Engraving"},{"option_id":2,"title":"Colour","values":[{"title":"Red","option_type_id":1},{"title":"Blue","option_type_id":2}]}]}"#)
            let cart = "/rest/V1/guest-carts/\(try await session.guestCart())"

            let missing = try await session.send(.post, "\(cart)/items", body: #"{"cartItem":{"sku":"MUG-C","qty":1}}"#)
            #expect(missing.status == .badRequest)
            #expect(missing.text == #"{"message":"The product's required option(s) weren't entered. Make sure the options are entered and try again."}"#)
            let long = try await session.send(.post, "\(cart)/items", body: Self.item(#"{"option_id":"1","option_value":"Happy birthday"}"#))
            #expect(long.text == #"{"message":"The text is too long. Shorten the text and try again."}"#)
            let unknown = try await session.send(.post, "\(cart)/items", body: Self.item(#"{"option_id":"1","option_value":"ADA"},{"option_id":"2","option_value":"9"}"#))
            #expect(unknown.text == #"{"message":"Some of the selected item options are not currently available."}"#)
            #expect(try await session.get("\(cart)/items").text == "[]")

            let red = #"{"option_id":"1","option_value":"ADA"},{"option_id":"2","option_value":"1"}"#
            let added = try await session.send(.post, "\(cart)/items", body: Self.item(red))
            #expect(added.status == .ok)
            #expect(added.text == #"{"item_id":1,"sku":"MUG-C","qty":1,"name":"Custom Mug","price":27,"product_type":"simple","quote_id":"1","product_option":{"extension_attributes":{"custom_options":[{"option_id":"1","option_value":"ADA"},{"option_id":"2","option_value":"1"}]}}}"#)
            let again = try await session.send(.post, "\(cart)/items", body: Self.item(red))
            #expect(again.text.hasPrefix(#"{"item_id":1,"sku":"MUG-C","qty":2,"#))
            let plain = try await session.send(.post, "\(cart)/items", body: Self.item(#"{"option_id":"1","option_value":"BOB"}"#))
            #expect(plain.text.hasPrefix(#"{"item_id":2,"sku":"MUG-C","qty":1,"name":"Custom Mug","price":25,"#))
            // 2 × 27 + 25 = 79, over the demo rule's 75: shipping is free; no tax in Texas.
            let saved = try await session.shippingInformation(cart, address: TestSession.texas)
            #expect(saved.json?["totals"]?["subtotal"] == .number("79"))
            #expect(saved.json?["totals"]?["shipping_amount"] == .number("0"))
            #expect(saved.json?["totals"]?["grand_total"] == .number("79"))
            #expect(saved.json?["totals"]?["items"]?.arrayValue?.map { $0["options"] } == [
                .string(#"[{"value":"ADA","label":"Engraving"},{"value":"Red","label":"Colour"}]"#),
                .string(#"[{"value":"BOB","label":"Engraving"}]"#),
            ])

            let placed = try await session.send(.post, "\(cart)/payment-information", body: #"{"email":"ada@example.com","paymentMethod":{"method":"checkmo"},"billingAddress":\#(TestSession.texas)}"#)
            #expect(placed.text == #""1""#)
            let order = try await session.get("/rest/V1/orders/1?fields=subtotal,items[sku,qty_ordered,price,product_option]", token: token)
            #expect(order.text == #"{"subtotal":79,"items":[{"sku":"MUG-C","qty_ordered":2,"price":27,"product_option":{"extension_attributes":{"custom_options":[{"option_id":"1","option_value":"ADA"},{"option_id":"2","option_value":"1"}]}}},{"sku":"MUG-C","qty_ordered":1,"price":25,"product_option":{"extension_attributes":{"custom_options":[{"option_id":"1","option_value":"BOB"}]}}}]}"#)
        }
    }
}
