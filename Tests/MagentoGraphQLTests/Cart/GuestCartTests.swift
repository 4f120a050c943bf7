import Foundation
import HTTPTypes
import MagentoWire
import Testing

/// Opening and reading guest carts, shared with REST's guest carts.
@Suite("GraphQL guest carts")
struct GuestCartTests {
    static let emptyCart = #"{"data":{"cart":{"id":"%@","email":null,"is_virtual":false,"total_quantity":0,"items":[],"applied_coupons":null,"prices":{"grand_total":{"value":0,"currency":"USD"},"subtotal_with_discount_excluding_tax":{"value":null,"currency":"USD"},"applied_taxes":[],"discounts":null}}}}"#

    @Test("createEmptyCart opens a cart with a 32-character id that reads as Magento's empty cart", arguments: CartEngine.all)
    func emptyCart(engine: CartEngine) async throws {
        try await GraphQLTestApp.run(on: engine) { session in
            let id = try await session.newCart()
            #expect(id.count == 32)
            let reply = try await session.gql(#"{ cart(cart_id: "\#(id)") { id email is_virtual total_quantity items { uid } applied_coupons { code } prices { grand_total { value currency } subtotal_with_discount_excluding_tax { value currency } applied_taxes { label } discounts { label } } } }"#)
            #expect(reply.text == Self.emptyCart.replacingOccurrences(of: "%@", with: id))
        }
    }

    @Test("a client-chosen cart id must be 32 characters and unused")
    func chosenIds() async throws {
        try await GraphQLTestApp.run(on: .sqlite) { session in
            let chosen = String(repeating: "a", count: 32)
            let created = try await session.gql(#"mutation { createEmptyCart(input: {cart_id: "\#(chosen)"}) }"#)
            #expect(created.text == #"{"data":{"createEmptyCart":"\#(chosen)"}}"#)
            let taken = try await session.gql(#"mutation { createGuestCart(input: {cart_uid: "\#(chosen)"}) { cart { id } } }"#)
            #expect(taken.text == #"{"errors":[{"message":"Cart with ID \"\#(chosen)\" already exists.","extensions":{"category":"graphql-already-exists"},"locations":[{"line":1,"column":12}],"path":["createGuestCart"]}],"data":{"createGuestCart":null}}"#)
            let short = try await session.gql(#"mutation { createEmptyCart(input: {cart_id: "abc"}) }"#)
            #expect(short.text == #"{"errors":[{"message":"Cart ID length should to be 32 symbols.","extensions":{"category":"graphql-input"},"locations":[{"line":1,"column":12}],"path":["createEmptyCart"]}],"data":{"createEmptyCart":null}}"#)
            let guest = try await session.gql("mutation { createGuestCart { cart { id total_quantity } } }")
            let id = guest.data?["createGuestCart"]?["cart"]?["id"]?.stringValue ?? ""
            #expect(guest.text == #"{"data":{"createGuestCart":{"cart":{"id":"\#(id)","total_quantity":0}}}}"#)
        }
    }

    @Test("an unknown cart id is Magento's no-such-entity error with the field null")
    func unknownCart() async throws {
        try await GraphQLTestApp.run(on: .sqlite) { session in
            let reply = try await session.gql(#"{ cart(cart_id: "nope") { id } }"#)
            #expect(reply.text == #"{"errors":[{"message":"Could not find a cart with ID \"nope\"","extensions":{"category":"graphql-no-such-entity"},"locations":[{"line":1,"column":3}],"path":["cart"]}],"data":{"cart":null}}"#)
        }
    }

    @Test("a cart made over REST is read over GraphQL, and one made over GraphQL takes REST items", arguments: CartEngine.all)
    func sharedWithREST(engine: CartEngine) async throws {
        try await GraphQLTestApp.run(on: engine) { session in
            let admin = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: admin)
            let restCart = try await session.rest(.post, "/rest/V1/guest-carts").json?.stringValue ?? ""
            _ = try await session.rest(.post, "/rest/V1/guest-carts/\(restCart)/items", body: #"{"cartItem":{"sku":"SALE-1","qty":2}}"#)
            let read = try await session.gql(#"{ cart(cart_id: "\#(restCart)") { total_quantity items { quantity product { sku } } } }"#)
            #expect(read.text == #"{"data":{"cart":{"total_quantity":2,"items":[{"quantity":2,"product":{"sku":"SALE-1"}}]}}}"#)
            let graphCart = try await session.newCart()
            _ = try await session.rest(.post, "/rest/V1/guest-carts/\(graphCart)/items", body: #"{"cartItem":{"sku":"SALE-1","qty":1}}"#)
            let totals = try await session.rest(.get, "/rest/V1/guest-carts/\(graphCart)/totals?fields=grand_total,items_qty")
            #expect(totals.text == #"{"grand_total":10,"items_qty":1}"#)
        }
    }

    @Test("a customer's cart is refused to guests and to other customers")
    func otherPeoplesCarts() async throws {
        try await GraphQLTestApp.run(on: .sqlite) { session in
            try await session.register("jane@example.com")
            try await session.register("john@example.com")
            let jane = try await session.signIn("jane@example.com")
            let john = try await session.signIn("john@example.com")
            let janes = try await session.newCart(token: jane)
            let refusal = #"{"errors":[{"message":"The current user cannot perform operations on cart \"\#(janes)\"","extensions":{"category":"graphql-authorization"},"locations":[{"line":1,"column":3}],"path":["cart"]}],"data":{"cart":null}}"#
            #expect(try await session.gql(#"{ cart(cart_id: "\#(janes)") { id } }"#).text == refusal)
            #expect(try await session.gql(#"{ cart(cart_id: "\#(janes)") { id } }"#, token: john).text == refusal)
            #expect(try await session.gql(#"{ cart(cart_id: "\#(janes)") { id } }"#, token: jane).text == #"{"data":{"cart":{"id":"\#(janes)"}}}"#)
            let guestOnly = try await session.gql("mutation { createGuestCart { cart { id } } }", token: jane)
            #expect(guestOnly.text == #"{"errors":[{"message":"Use `Query.customerCart` for logged in customer.","extensions":{"category":"graphql-already-exists"},"locations":[{"line":1,"column":12}],"path":["createGuestCart"]}],"data":{"createGuestCart":null}}"#)
        }
    }
}
