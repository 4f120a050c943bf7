import Foundation
import HTTPTypes
import MagentoWire
import Testing

@Suite("Bundle products in the storefront")
struct BundleStorefrontTests {
    static func uid(_ text: String) -> String { Data(text.utf8).base64EncodedString() }

    /// KIT, a dynamic bundle: option 1 (required drop-down) offers S1 (selection 1, quantity
    /// changeable) or S2 (selection 2); option 2 (checkbox) offers two S2 (selection 3).
    static func makeKit(_ session: GraphQLSession, token: String) async throws {
        try await session.makeProduct("S1", price: "10", qty: 5, token: token)
        try await session.makeProduct("S2", price: "20", qty: 5, token: token)
        let reply = try await session.rest(.post, "/rest/V1/products", token: token, body: """
            {"product":{"sku":"KIT","name":"Kit","type_id":"bundle","attribute_set_id":4,
            "custom_attributes":[{"attribute_code":"url_key","value":"kit"}],
            "extension_attributes":{"bundle_product_options":[
            {"title":"Main","required":true,"type":"select","position":1,"product_links":[{"sku":"S1","qty":1,"can_change_quantity":1},{"sku":"S2","qty":1}]},
            {"title":"Extras","required":false,"type":"checkbox","position":2,"product_links":[{"sku":"S2","qty":2}]}]}}}
            """)
        #expect(reply.status == .ok, "bundle: \(reply.text)")
    }

    @Test("a BundleProduct answers its items and options with Magento's uids and the Bundle attributes")
    func product() async throws {
        try await GraphQLTestApp.run(on: .sqlite) { session in
            let admin = try await session.adminToken()
            try await Self.makeKit(session, token: admin)
            let reply = try await session.gql("""
                { products(filter: {sku: {eq: "KIT"}}) { items { __typename sku
                  price_range { minimum_price { final_price { value } } maximum_price { final_price { value } } } ... on BundleProduct {
                  dynamic_price dynamic_sku price_view ship_bundle_items
                  items { option_id uid title required type position sku
                    options { id uid quantity position is_default price price_type can_change_quantity label product { sku name } } } } } } }
                """)
            let main = #"{"option_id":1,"uid":"\#(Self.uid("bundle/1"))","title":"Main","required":true,"type":"select","position":1,"sku":"KIT","options":[{"id":1,"uid":"\#(Self.uid("bundle/1/1/1"))","quantity":1,"position":0,"is_default":false,"price":0,"price_type":"FIXED","can_change_quantity":true,"label":"Item S1","product":{"sku":"S1","name":"Item S1"}},{"id":2,"uid":"\#(Self.uid("bundle/1/2/1"))","quantity":1,"position":0,"is_default":false,"price":0,"price_type":"FIXED","can_change_quantity":false,"label":"Item S2","product":{"sku":"S2","name":"Item S2"}}]}"#
            let extras = #"{"option_id":2,"uid":"\#(Self.uid("bundle/2"))","title":"Extras","required":false,"type":"checkbox","position":2,"sku":"KIT","options":[{"id":3,"uid":"\#(Self.uid("bundle/2/3/2"))","quantity":2,"position":0,"is_default":false,"price":0,"price_type":"FIXED","can_change_quantity":false,"label":"Item S2","product":{"sku":"S2","name":"Item S2"}}]}"#
            // Cheapest: S1 for the required option (10); dearest: S2 (20) and the two extra S2 (40).
            #expect(reply.text == #"{"data":{"products":{"items":[{"__typename":"BundleProduct","sku":"KIT","price_range":{"minimum_price":{"final_price":{"value":10}},"maximum_price":{"final_price":{"value":60}}},"dynamic_price":true,"dynamic_sku":true,"price_view":"PRICE_RANGE","ship_bundle_items":"TOGETHER","items":[\#(main),\#(extras)]}]}}}"#)
        }
    }

    @Test("a bundle is added by its selections' uids (addProductsToCart) or its bundle_options (addBundleProductsToCart)")
    func addToCart() async throws {
        try await GraphQLTestApp.run(on: .sqlite) { session in
            let admin = try await session.adminToken()
            try await Self.makeKit(session, token: admin)
            let cart = try await session.newCart()
            let query = """
                mutation ($cartId: String!, $items: [CartItemInput!]!) {
                  addProductsToCart(cartId: $cartId, cartItems: $items) {
                    cart { items { __typename quantity prices { price { value } } product { sku }
                      ... on BundleCartItem { bundle_options { uid label type values { uid label price quantity } } } } }
                    user_errors { code message }
                  }
                }
                """
            let chosen = [Self.uid("bundle/1/1/2"), Self.uid("bundle/2/3/2")]
            let added = try await session.gql(query, variables: #"{"cartId":"\#(cart)","items":[{"sku":"KIT","quantity":1,"selected_options":["\#(chosen[0])","\#(chosen[1])"]}]}"#)
            // One kit: 2 × S1 (10) + 2 × S2 (20) = 60.
            let options = #"[{"uid":"\#(Self.uid("bundle/1"))","label":"Main","type":"select","values":[{"uid":"\#(Self.uid("bundle/1/1/2"))","label":"Item S1","price":10,"quantity":2}]},{"uid":"\#(Self.uid("bundle/2"))","label":"Extras","type":"checkbox","values":[{"uid":"\#(Self.uid("bundle/2/3/2"))","label":"Item S2","price":20,"quantity":2}]}]"#
            #expect(added.text == #"{"data":{"addProductsToCart":{"cart":{"items":[{"__typename":"BundleCartItem","quantity":1,"prices":{"price":{"value":60}},"product":{"sku":"KIT"},"bundle_options":\#(options)}]},"user_errors":[]}}}"#)
            let missing = try await session.gql(query, variables: #"{"cartId":"\#(cart)","items":[{"sku":"KIT","quantity":1,"selected_options":["\#(chosen[1])"]}]}"#)
            #expect(missing.data?["addProductsToCart"]?["user_errors"] == [["code": "UNDEFINED", "message": "Please select all required options."]])

            let typed = try await session.gql(#"mutation { addBundleProductsToCart(input: {cart_id: "\#(cart)", cart_items: [{data: {sku: "KIT", quantity: 1}, bundle_options: [{id: 1, quantity: 1, value: ["2"]}]}]}) { cart { total_quantity items { prices { price { value } } } } } }"#)
            // A second line (other selections): one S2 = 20.
            #expect(typed.text == #"{"data":{"addBundleProductsToCart":{"cart":{"total_quantity":2,"items":[{"prices":{"price":{"value":60}}},{"prices":{"price":{"value":20}}}]}}}}"#)
        }
    }
}
