import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import Testing

@Suite("Configurable cart items")
struct ConfigurableCartTests {
    /// The option id of `label` of the `size` attribute.
    static func sizeOption(_ label: String, _ session: TestSession, token: String) async throws -> String {
        let reply = try await session.get("/rest/V1/products/attributes/size/options", token: token)
        guard case .array(let options)? = reply.json else { return "" }
        for case .object(let option) in options where option["label"] == .string(label) {
            return option["value"]?.stringValue ?? ""
        }
        return ""
    }

    @Test("a configurable line is the child its options pick: parent name, child price and stock; the order has parent and child rows")
    func configurableCheckout() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let small = try await Self.sizeOption("S", session, token: token)
            let medium = try await Self.sizeOption("M", session, token: token)
            #expect(!small.isEmpty && !medium.isEmpty)
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"TEE","name":"Tee","price":15,"type_id":"configurable","attribute_set_id":4}}"#)
            for (sku, size, price) in [("TEE-S", small, "15"), ("TEE-M", medium, "17")] {
                _ = try await session.send(.post, "/rest/V1/products", token: token, body: """
                    {"product":{"sku":"\(sku)","name":"Tee \(sku)","price":\(price),"type_id":"simple","attribute_set_id":4,
                    "custom_attributes":[{"attribute_code":"size","value":"\(size)"}],"extension_attributes":{"stock_item":{"qty":5,"is_in_stock":true}}}}
                    """)
            }
            _ = try await session.send(.post, "/rest/V1/configurable-products/TEE/options", token: token, body: #"{"option":{"attribute_id":"144","label":"Size","position":0,"values":[{"value_index":\#(small)},{"value_index":\#(medium)}]}}"#)
            for child in ["TEE-S", "TEE-M"] {
                _ = try await session.send(.post, "/rest/V1/configurable-products/TEE/child", token: token, body: #"{"childSku":"\#(child)"}"#)
            }
            let cart = "/rest/V1/guest-carts/\(try await session.guestCart())"
            let noOptions = try await session.addItem(cart, sku: "TEE", qty: 1)
            #expect(noOptions.status == .badRequest)
            #expect(noOptions.text == #"{"message":"You need to choose options for your item."}"#)
            let option = #"{"extension_attributes":{"configurable_item_options":[{"option_id":"144","option_value":\#(medium)}]}}"#
            let added = try await session.send(.post, "\(cart)/items", body: #"{"cartItem":{"sku":"TEE","qty":2,"product_option":\#(option)}}"#)
            #expect(added.text == #"{"item_id":1,"sku":"TEE-M","qty":2,"name":"Tee","price":17,"product_type":"configurable","quote_id":"1","product_option":\#(option)}"#)
            let tooMany = try await session.send(.post, "\(cart)/items", body: #"{"cartItem":{"sku":"TEE","qty":4,"product_option":\#(option)}}"#)
            #expect(tooMany.text == #"{"message":"The requested qty is not available"}"#)
            _ = try await session.shippingInformation(cart, address: TestSession.texas)
            // 2 × 17 + flat rate 2 × 5, no tax in Texas.
            #expect(try await session.get("\(cart)/totals?fields=grand_total").text == #"{"grand_total":44}"#)
            let placed = try await session.send(.post, "\(cart)/payment-information", body: #"{"email":"jane@example.com","paymentMethod":{"method":"checkmo"}}"#)
            #expect(placed.text == #""1""#)
            let order = try await session.get("/rest/V1/orders/1?fields=grand_total,total_item_count,items[item_id,parent_item_id,sku,product_type,qty_ordered,price]", token: token)
            #expect(order.text == #"{"grand_total":44,"total_item_count":1,"items":[{"item_id":1,"product_type":"configurable","sku":"TEE-M","qty_ordered":2,"price":17},{"item_id":2,"parent_item_id":1,"product_type":"simple","sku":"TEE-M","qty_ordered":2,"price":0}]}"#)
            #expect(try await session.stock("TEE-M", token: token).qty == #"{"qty":3}"#)
            #expect(try await session.stock("TEE-S", token: token).qty == #"{"qty":5}"#)
        }
    }
}
