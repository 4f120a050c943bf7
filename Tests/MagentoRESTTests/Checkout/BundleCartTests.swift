import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import Testing

@Suite("Bundle cart items")
struct BundleCartTests {
    /// S1 (10) and S2 (20), five of each in stock, and the bundle KIT: option 1 (required drop-down)
    /// offers S1 (quantity changeable, selection 1) or S2 (selection 2); option 2 (checkbox)
    /// offers two S2 (selection 3). `fixed` makes it a fixed-price bundle at 50 with a fixed SKU.
    static func catalog(_ session: TestSession, token: String, fixed: Bool = false) async throws {
        for (sku, price) in [("S1", 10), ("S2", 20)] {
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: """
                {"product":{"sku":"\(sku)","name":"Item \(sku)","price":\(price),"extension_attributes":{"stock_item":{"qty":5,"is_in_stock":true}}}}
                """)
        }
        let created = try await session.send(.post, "/rest/V1/products", token: token, body: """
            {"product":{"sku":"KIT","name":"Kit","type_id":"bundle","price":50,"custom_attributes":[{"attribute_code":"price_type","value":"\(fixed ? 1 : 0)"},{"attribute_code":"sku_type","value":"\(fixed ? 1 : 0)"}],
            "extension_attributes":{"bundle_product_options":[
            {"title":"Main","required":true,"type":"select","position":1,"product_links":[
              {"sku":"S1","qty":1,"can_change_quantity":1,"price":5,"price_type":0},{"sku":"S2","qty":1,"price":10,"price_type":1}]},
            {"title":"Extras","required":false,"type":"checkbox","position":2,"product_links":[{"sku":"S2","qty":2,"price":1,"price_type":0}]}]}}}
            """)
        #expect(created.status == .ok)
    }

    static func option(_ entries: String) -> String {
        #"{"extension_attributes":{"bundle_options":[\#(entries)]}}"#
    }

    @Test(
        "a dynamic bundle line is priced from its children, checks their stock, and orders as a bundle row with child rows that take the stock",
        arguments: StorageEngine.all
    )
    func dynamicCheckout(engine: StorageEngine) async throws {
        try await TestApp.run(on: engine) { session, _ in
            let token = try await session.adminToken()
            try await Self.catalog(session, token: token)
            let cart = "/rest/V1/guest-carts/\(try await session.guestCart())"
            let bare = try await session.addItem(cart, sku: "KIT", qty: 1)
            #expect(bare.status == .badRequest)
            #expect(bare.text == #"{"message":"Please specify product option(s)."}"#)
            let extrasOnly = try await session.send(.post, "\(cart)/items", body: #"{"cartItem":{"sku":"KIT","qty":1,"product_option":\#(Self.option(#"{"option_id":2,"option_selections":[3]}"#))}}"#)
            #expect(extrasOnly.text == #"{"message":"Please select all required options."}"#)
            let foreign = try await session.send(.post, "\(cart)/items", body: #"{"cartItem":{"sku":"KIT","qty":1,"product_option":\#(Self.option(#"{"option_id":1,"option_selections":[3]}"#))}}"#)
            #expect(foreign.text == #"{"message":"The required options you selected are not available."}"#)

            let chosen = Self.option(#"{"option_id":1,"option_qty":2,"option_selections":[1]},{"option_id":2,"option_qty":1,"option_selections":[3]}"#)
            let added = try await session.send(.post, "\(cart)/items", body: #"{"cartItem":{"sku":"KIT","qty":2,"product_option":\#(chosen)}}"#)
            // One kit: 2 × S1 (10) + 2 × S2 (20) = 60; a dynamic SKU names the children chosen.
            #expect(added.text == #"{"item_id":1,"sku":"KIT-S1-S2","qty":2,"name":"Kit","price":60,"product_type":"bundle","quote_id":"1","product_option":\#(chosen)}"#)
            // A third kit needs 6 of S1; 5 are in stock.
            let tooMany = try await session.send(.post, "\(cart)/items", body: #"{"cartItem":{"sku":"KIT","qty":1,"product_option":\#(chosen)}}"#)
            #expect(tooMany.text == #"{"message":"The requested qty is not available"}"#)

            _ = try await session.shippingInformation(cart, address: TestSession.texas)
            // 2 × 60, less the seeded 10 % rule's 12, which also ships free over 100; no tax in Texas.
            let totals = try await session.get("\(cart)/totals?fields=grand_total,subtotal,discount_amount,shipping_amount,items[price,row_total]")
            #expect(totals.text == #"{"grand_total":108,"subtotal":120,"discount_amount":-12,"shipping_amount":0,"items":[{"price":60,"row_total":120}]}"#)
            let placed = try await session.send(.post, "\(cart)/payment-information", body: #"{"email":"jane@example.com","paymentMethod":{"method":"checkmo"}}"#)
            #expect(placed.text == #""1""#)
            let order = try await session.get("/rest/V1/orders/1?fields=grand_total,items[item_id,parent_item_id,sku,product_type,qty_ordered,price]", token: token)
            #expect(order.text == #"{"grand_total":108,"items":[{"item_id":1,"product_type":"bundle","sku":"KIT-S1-S2","qty_ordered":2,"price":60},{"item_id":2,"parent_item_id":1,"product_type":"simple","sku":"S1","qty_ordered":4,"price":0},{"item_id":3,"parent_item_id":1,"product_type":"simple","sku":"S2","qty_ordered":4,"price":0}]}"#)
            let options = try await session.get("/rest/V1/orders/1?fields=items[product_option]", token: token)
            #expect(options.text.hasPrefix(#"{"items":[{"product_option":\#(chosen)}"#))
            #expect(try await session.stock("S1", token: token).qty == #"{"qty":1}"#)
            #expect(try await session.stock("S2", token: token).qty == #"{"qty":1}"#)

            let invoice = try await session.send(.post, "/rest/V1/order/1/invoice", token: token, body: #"{"capture":true}"#)
            #expect(invoice.status == .ok)
            let shipment = try await session.send(.post, "/rest/V1/order/1/ship", token: token, body: "{}")
            #expect(shipment.status == .ok)
            let shipped = try await session.get("/rest/V1/orders/1?fields=state,items[sku,qty_invoiced,qty_shipped]", token: token)
            #expect(shipped.text == #"{"state":"complete","items":[{"sku":"KIT-S1-S2","qty_invoiced":2,"qty_shipped":2},{"sku":"S1","qty_invoiced":4,"qty_shipped":4},{"sku":"S2","qty_invoiced":4,"qty_shipped":4}]}"#)
            // Refunding one kit back to stock returns its children: two of S1, two of S2.
            let partial = try await session.send(.post, "/rest/V1/order/1/refund", token: token, body: #"{"items":[{"order_item_id":1,"qty":1}],"arguments":{"shipping_amount":0,"extension_attributes":{"return_to_stock_items":[1]}}}"#)
            #expect(partial.status == .ok)
            #expect(try await session.stock("S1", token: token).qty == #"{"qty":3}"#)
            #expect(try await session.stock("S2", token: token).qty == #"{"qty":3}"#)
            _ = try await session.send(.post, "/rest/V1/order/1/refund", token: token, body: "{}")
            let refunded = try await session.get("/rest/V1/orders/1?fields=state,items[qty_refunded]", token: token)
            #expect(refunded.text == #"{"state":"closed","items":[{"qty_refunded":2},{"qty_refunded":4},{"qty_refunded":4}]}"#)
        }
    }

    @Test("a bundle line's new quantity is checked against its children's stock; the same choices add to the line, others make a new one")
    func quantityChanges() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await Self.catalog(session, token: token)
            let cart = "/rest/V1/guest-carts/\(try await session.guestCart())"
            let chosen = Self.option(#"{"option_id":1,"option_qty":2,"option_selections":[1]}"#)
            _ = try await session.send(.post, "\(cart)/items", body: #"{"cartItem":{"sku":"KIT","qty":1,"product_option":\#(chosen)}}"#)
            let more = try await session.send(.post, "\(cart)/items", body: #"{"cartItem":{"sku":"KIT","qty":1,"product_option":\#(chosen)}}"#)
            #expect(more.text.hasPrefix(#"{"item_id":1,"sku":"KIT-S1","qty":2,"#))
            let other = try await session.send(.post, "\(cart)/items", body: #"{"cartItem":{"sku":"KIT","qty":1,"product_option":\#(Self.option(#"{"option_id":1,"option_selections":[2]}"#))}}"#)
            #expect(other.text.hasPrefix(#"{"item_id":2,"sku":"KIT-S2","qty":1,"name":"Kit","price":20,"#))
            // Three kits of line 1 need six of S1; five are in stock.
            let tooMany = try await session.send(.put, "\(cart)/items/1", body: #"{"cartItem":{"qty":3}}"#)
            #expect(tooMany.text == #"{"message":"The requested qty is not available"}"#)
            let fewer = try await session.send(.put, "\(cart)/items/1", body: #"{"cartItem":{"qty":1}}"#)
            #expect(fewer.text.hasPrefix(#"{"item_id":1,"sku":"KIT-S1","qty":1,"name":"Kit","price":20,"#))
        }
    }

    @Test("a fixed-price bundle line costs the bundle's price plus its selections' fixed and percent prices")
    func fixedPrice() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await Self.catalog(session, token: token, fixed: true)
            let cart = "/rest/V1/guest-carts/\(try await session.guestCart())"
            let chosen = Self.option(#"{"option_id":1,"option_qty":1,"option_selections":[2]},{"option_id":2,"option_qty":1,"option_selections":[3]}"#)
            let added = try await session.send(.post, "\(cart)/items", body: #"{"cartItem":{"sku":"KIT","qty":1,"product_option":\#(chosen)}}"#)
            // 50 + 10 % of 50 for S2 + 2 × 1 for the two extras = 57; a fixed SKU is the bundle's own.
            #expect(added.text == #"{"item_id":1,"sku":"KIT","qty":1,"name":"Kit","price":57,"product_type":"bundle","quote_id":"1","product_option":\#(chosen)}"#)
        }
    }
}
