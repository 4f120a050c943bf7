import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

@Suite("Cart save endpoint")
struct CartSaveEndpointTests {
    static let texasShipping = #"{"shipping_assignments":[{"shipping":{"address":\#(TestSession.texas),"method":"flatrate_flatrate"}}]}"#
    static let readBack = "/rest/V1/carts/mine?fields=id,items_qty,items[item_id,sku,qty],billing_address[city],extension_attributes[shipping_assignments[shipping[method,address[city]]]]"

    @Test("PUT /V1/carts/mine saves lines, billing address and shipping in one go, answering []")
    func save() async throws {
        try await TestApp.make().run { session in
            let (admin, token) = try await session.customerCartWithProduct()
            try await session.makeProduct("SALE-2", token: admin)
            // The sent id is not the customer's cart: Magento forces the token's cart, so is it here.
            let saved = try await session.send(.put, "/rest/V1/carts/mine", token: token, body: #"{"quote":{"id":99,"items":[{"item_id":1,"qty":3},{"sku":"SALE-2","qty":1}],"billing_address":\#(TestSession.texas),"extension_attributes":\#(Self.texasShipping)}}"#)
            #expect(saved.status == .ok)
            #expect(saved.text == "[]")
            let cart = try await session.get(Self.readBack, token: token)
            #expect(cart.text == #"{"id":1,"items":[{"item_id":1,"sku":"SALE-1","qty":3},{"item_id":2,"sku":"SALE-2","qty":1}],"items_qty":4,"billing_address":{"city":"Austin"},"extension_attributes":{"shipping_assignments":[{"shipping":{"address":{"city":"Austin"},"method":"flatrate_flatrate"}}]}}"#)
            // 4 × 10 + flat rate 4 × 5; no tax in Texas.
            #expect(try await session.get("/rest/V1/carts/mine/totals?fields=grand_total", token: token).text == #"{"grand_total":60}"#)
            // A cart read back and sent again as it is changes nothing.
            let whole = try await session.get("/rest/V1/carts/mine", token: token)
            #expect(try await session.send(.put, "/rest/V1/carts/mine", token: token, body: #"{"quote":\#(whole.text)}"#).text == "[]")
            #expect(try await session.get(Self.readBack, token: token).text == cart.text)
            #expect(try await session.send(.put, "/rest/V1/carts/mine/order", token: token, body: #"{"paymentMethod":{"method":"checkmo"}}"#).text == #""1""#)
        }
    }

    @Test("PUT /V1/carts/mine refuses unknown lines, stock it lacks and a method not offered, changing nothing; no cart and no token")
    func refusals() async throws {
        try await TestApp.make().run { session in
            let admin = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: admin)
            try await session.register("jane@example.com")
            let token = try await session.customerToken("jane@example.com")
            let noCart = try await session.send(.put, "/rest/V1/carts/mine", token: token, body: #"{"quote":{"items":[]}}"#)
            #expect(noCart.status == .notFound)
            #expect(noCart.text == #"{"message":"Current customer does not have an active cart."}"#)
            let anonymous = try await session.send(.put, "/rest/V1/carts/mine", body: #"{"quote":{}}"#)
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"self"}}"#)
            _ = try await session.send(.post, "/rest/V1/carts/mine", token: token)
            _ = try await session.addItem("/rest/V1/carts/mine", sku: "SALE-1", qty: 1, token: token)
            let before = try await session.get(Self.readBack, token: token)
            #expect(before.text == #"{"id":1,"items":[{"item_id":1,"sku":"SALE-1","qty":1}],"items_qty":1,"billing_address":[],"extension_attributes":{"shipping_assignments":[]}}"#)

            let unknownLine = try await session.send(.put, "/rest/V1/carts/mine", token: token, body: #"{"quote":{"items":[{"item_id":7,"qty":2}]}}"#)
            #expect(unknownLine.status == .notFound)
            #expect(unknownLine.text == #"{"message":"The %1 Cart doesn't contain the %2 item.","parameters":["1","7"]}"#)
            let tooMany = try await session.send(.put, "/rest/V1/carts/mine", token: token, body: #"{"quote":{"items":[{"item_id":1,"qty":2},{"sku":"SALE-1","qty":9}]}}"#)
            #expect(tooMany.status == .badRequest)
            #expect(tooMany.text == #"{"message":"The requested qty is not available"}"#)
            let unknownProduct = try await session.send(.put, "/rest/V1/carts/mine", token: token, body: #"{"quote":{"items":[{"sku":"NOPE","qty":1}]}}"#)
            #expect(unknownProduct.status == .notFound)
            let notOffered = try await session.send(.put, "/rest/V1/carts/mine", token: token, body: #"{"quote":{"items":[{"item_id":1,"qty":2}],"extension_attributes":{"shipping_assignments":[{"shipping":{"address":\#(TestSession.texas),"method":"tablerate_bestway"}}]}}}"#)
            #expect(notOffered.status == .badRequest)
            #expect(notOffered.text == #"{"message":"Carrier with such method not found: %1, %2","parameters":["tablerate","bestway"]}"#)
            let noCountry = try await session.send(.put, "/rest/V1/carts/mine", token: token, body: #"{"quote":{"extension_attributes":{"shipping_assignments":[{"shipping":{"address":{"city":"Austin"}}}]}}}"#)
            #expect(noCountry.status == .badRequest)
            #expect(noCountry.text == #"{"message":"The shipping address is missing. Set the address and try again."}"#)
            #expect(try await session.get(Self.readBack, token: token).text == before.text)
        }
    }
}
