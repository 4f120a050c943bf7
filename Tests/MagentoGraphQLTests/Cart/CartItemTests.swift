import Foundation
import MagentoWire
import Testing

/// Adding, changing and removing cart lines.
@Suite("GraphQL cart items")
struct CartItemTests {
    static let addMutation = """
        mutation AddProductsToCart($cartId: String!, $cartItems: [CartItemInput!]!) {
          addProductsToCart(cartId: $cartId, cartItems: $cartItems) {
            cart { total_quantity items { uid quantity prices { price { value } row_total { value } } product { sku } } }
            user_errors { code message }
          }
        }
        """

    @Test("addProductsToCart adds lines and reports refused ones as user errors with Magento's codes", arguments: CartEngine.all)
    func addWithUserErrors(engine: CartEngine) async throws {
        try await GraphQLTestApp.run(on: engine) { session in
            let admin = try await session.adminToken()
            try await session.makeProduct("SALE-1", qty: 3, token: admin)
            let cart = try await session.newCart()
            let reply = try await session.gql(Self.addMutation, variables: #"{"cartId":"\#(cart)","cartItems":[{"sku":"SALE-1","quantity":2},{"sku":"NOPE","quantity":1},{"sku":"SALE-1","quantity":5}]}"#)
            #expect(reply.text == #"{"data":{"addProductsToCart":{"cart":{"total_quantity":2,"items":[{"uid":"MQ==","quantity":2,"prices":{"price":{"value":10},"row_total":{"value":20}},"product":{"sku":"SALE-1"}}]},"user_errors":[{"code":"PRODUCT_NOT_FOUND","message":"Could not find a product with SKU \"NOPE\""},{"code":"INSUFFICIENT_STOCK","message":"The requested qty is not available"}]}}}"#)
        }
    }

    @Test("a configurable product is added by its options' uids or by variant and parent SKU")
    func configurable() async throws {
        try await GraphQLTestApp.run(on: .sqlite) { session in
            let admin = try await session.adminToken()
            let (_, medium) = try await session.makeTee(token: admin)
            let cart = try await session.newCart()
            let uid = Data("configurable/144/\(medium)".utf8).base64EncodedString()
            let query = """
                mutation ($cartId: String!, $items: [CartItemInput!]!) {
                  addProductsToCart(cartId: $cartId, cartItems: $items) {
                    cart { items { __typename quantity prices { price { value } }
                      ... on ConfigurableCartItem { configurable_options { option_label value_label configurable_product_option_value_uid } configured_variant { sku } }
                      product { sku } } }
                    user_errors { code message }
                  }
                }
                """
            let byUid = try await session.gql(query, variables: #"{"cartId":"\#(cart)","items":[{"sku":"TEE","quantity":1,"selected_options":["\#(uid)"]}]}"#)
            let line = #"{"__typename":"ConfigurableCartItem","quantity":%@,"prices":{"price":{"value":17}},"configurable_options":[{"option_label":"Size","value_label":"M","configurable_product_option_value_uid":"\#(uid)"}],"configured_variant":{"sku":"TEE-M"},"product":{"sku":"TEE"}}"#
            #expect(byUid.text == #"{"data":{"addProductsToCart":{"cart":{"items":["# + line.replacingOccurrences(of: "%@", with: "1") + #"]},"user_errors":[]}}}"#)
            let byVariant = try await session.gql(query, variables: #"{"cartId":"\#(cart)","items":[{"sku":"TEE-M","parent_sku":"TEE","quantity":1}]}"#)
            #expect(byVariant.text == #"{"data":{"addProductsToCart":{"cart":{"items":["# + line.replacingOccurrences(of: "%@", with: "2") + #"]},"user_errors":[]}}}"#)
            let noOptions = try await session.gql(query, variables: #"{"cartId":"\#(cart)","items":[{"sku":"TEE","quantity":1}]}"#)
            #expect(noOptions.data?["addProductsToCart"]?["user_errors"] == [["code": "UNDEFINED", "message": "You need to choose options for your item."]])
        }
    }

    @Test("addSimpleProductsToCart fails the field on the first refused line, as Magento throws")
    func addSimple() async throws {
        try await GraphQLTestApp.run(on: .sqlite) { session in
            let admin = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: admin)
            let cart = try await session.newCart()
            let added = try await session.gql(#"mutation { addSimpleProductsToCart(input: {cart_id: "\#(cart)", cart_items: [{data: {sku: "SALE-1", quantity: 3}}]}) { cart { total_quantity } } }"#)
            #expect(added.text == #"{"data":{"addSimpleProductsToCart":{"cart":{"total_quantity":3}}}}"#)
            let refused = try await session.gql(#"mutation { addSimpleProductsToCart(input: {cart_id: "\#(cart)", cart_items: [{data: {sku: "SALE-1", quantity: 30}}]}) { cart { total_quantity } } }"#)
            #expect(refused.text == #"{"errors":[{"message":"The requested qty is not available","extensions":{"category":"graphql-input"},"locations":[{"line":1,"column":12}],"path":["addSimpleProductsToCart"]}],"data":{"addSimpleProductsToCart":null}}"#)
        }
    }

    @Test("updateCartItems changes quantities, removes a line at 0, and names an unknown line", arguments: CartEngine.all)
    func update(engine: CartEngine) async throws {
        try await GraphQLTestApp.run(on: engine) { session in
            let admin = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: admin)
            try await session.makeProduct("SALE-2", price: "4.5", token: admin)
            let cart = try await session.newCart()
            _ = try await session.gql(Self.addMutation, variables: #"{"cartId":"\#(cart)","cartItems":[{"sku":"SALE-1","quantity":1},{"sku":"SALE-2","quantity":1}]}"#)
            let changed = try await session.gql(#"mutation { updateCartItems(input: {cart_id: "\#(cart)", cart_items: [{cart_item_uid: "MQ==", quantity: 4}, {cart_item_id: 2, quantity: 0}]}) { cart { items { id quantity } prices { subtotal_excluding_tax { value } } } errors { code message } } }"#)
            #expect(changed.text == #"{"data":{"updateCartItems":{"cart":{"items":[{"id":"1","quantity":4}],"prices":{"subtotal_excluding_tax":{"value":40}}},"errors":[]}}}"#)
            let tooMany = try await session.gql(#"mutation { updateCartItems(input: {cart_id: "\#(cart)", cart_items: [{cart_item_id: 1, quantity: 40}]}) { cart { total_quantity } errors { code message } } }"#)
            #expect(tooMany.text == #"{"data":{"updateCartItems":{"cart":{"total_quantity":4},"errors":[{"code":"INSUFFICIENT_STOCK","message":"The requested qty is not available"}]}}}"#)
            let unknown = try await session.gql(#"mutation { updateCartItems(input: {cart_id: "\#(cart)", cart_items: [{cart_item_id: 9, quantity: 1}]}) { cart { total_quantity } } }"#)
            #expect(unknown.text == #"{"errors":[{"message":"Could not find cart item with id: 9.","extensions":{"category":"graphql-no-such-entity"},"locations":[{"line":1,"column":12}],"path":["updateCartItems"]}],"data":{"updateCartItems":null}}"#)
        }
    }

    @Test("removeItemFromCart removes a line by uid and refuses one the cart does not hold")
    func remove() async throws {
        try await GraphQLTestApp.run(on: .sqlite) { session in
            let admin = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: admin)
            let cart = try await session.newCart()
            _ = try await session.gql(Self.addMutation, variables: #"{"cartId":"\#(cart)","cartItems":[{"sku":"SALE-1","quantity":1}]}"#)
            let removed = try await session.gql(#"mutation { removeItemFromCart(input: {cart_id: "\#(cart)", cart_item_uid: "MQ=="}) { cart { total_quantity items { uid } } } }"#)
            #expect(removed.text == #"{"data":{"removeItemFromCart":{"cart":{"total_quantity":0,"items":[]}}}}"#)
            let again = try await session.gql(#"mutation { removeItemFromCart(input: {cart_id: "\#(cart)", cart_item_id: 1}) { cart { total_quantity } } }"#)
            #expect(again.text == #"{"errors":[{"message":"The cart doesn't contain the item","extensions":{"category":"graphql-no-such-entity"},"locations":[{"line":1,"column":12}],"path":["removeItemFromCart"]}],"data":{"removeItemFromCart":null}}"#)
        }
    }
}
