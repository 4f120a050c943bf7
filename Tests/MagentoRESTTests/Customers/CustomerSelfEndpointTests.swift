import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

@Suite("Customer self-service endpoints")
struct CustomerSelfEndpointTests {
    @Test("GET /me answers the token's own account")
    func readMe() async throws {
        try await TestApp.make().run { session in
            try await session.register("jane@example.com")
            try await session.register("joe@example.com", firstname: "Joe")
            let token = try await session.customerToken("joe@example.com")
            let me = try await session.get("/rest/V1/customers/me?fields=id,email,firstname", token: token)
            #expect(me.status == .ok)
            #expect(me.text == #"{"id":2,"email":"joe@example.com","firstname":"Joe"}"#)
        }
    }

    @Test("PUT /me saves the token's own account whatever id the body names, and never its group")
    func updateMe() async throws {
        try await TestApp.make().run { session in
            try await session.register("jane@example.com")
            try await session.register("joe@example.com", firstname: "Joe")
            let token = try await session.customerToken("joe@example.com")
            let reply = try await session.send(
                .put, "/rest/V1/customers/me?fields=id,group_id,firstname", token: token,
                body: #"{"customer":{"id":1,"group_id":2,"firstname":"Joseph"}}"#
            )
            #expect(reply.text == #"{"id":2,"group_id":1,"firstname":"Joseph"}"#)
            let admin = try await session.adminToken()
            let jane = try await session.get("/rest/V1/customers/1?fields=firstname", token: admin)
            #expect(jane.text == #"{"firstname":"Jane"}"#)
        }
    }

    @Test("a customer token cannot read another customer by id")
    func otherCustomer() async throws {
        try await TestApp.make().run { session in
            try await session.register("jane@example.com")
            try await session.register("joe@example.com")
            let token = try await session.customerToken("joe@example.com")
            let reply = try await session.get("/rest/V1/customers/1", token: token)
            #expect(reply.status == .unauthorized)
            #expect(reply.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Customer::customer"}}"#)
            let guest = try await session.get("/rest/V1/customers/me")
            #expect(guest.status == .unauthorized)
            #expect(guest.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"self"}}"#)
        }
    }

    @Test("default addresses by customer id and for me; null without one")
    func defaultAddresses() async throws {
        try await TestApp.make().run { session in
            let admin = try await session.adminToken()
            try await session.register("jane@example.com", addresses: CustomerSamples.texas)
            try await session.register("joe@example.com")
            let billing = try await session.get("/rest/V1/customers/1/billingAddress", token: admin)
            #expect(billing.text == CustomerSamples.texasOut)
            let shipping = try await session.get("/rest/V1/customers/1/shippingAddress?fields=id", token: admin)
            #expect(shipping.text == #"{"id":1}"#)
            let byId = try await session.get("/rest/V1/customers/addresses/1", token: admin)
            #expect(byId.text == CustomerSamples.texasOut)
            let jane = try await session.customerToken("jane@example.com")
            let mine = try await session.get("/rest/V1/customers/me/shippingAddress?fields=city", token: jane)
            #expect(mine.text == #"{"city":"Austin"}"#)
            let joe = try await session.customerToken("joe@example.com")
            let none = try await session.get("/rest/V1/customers/me/billingAddress", token: joe)
            #expect(none.status == .ok)
            #expect(none.text == "null")
        }
    }

    @Test("deleting an address clears the defaults that pointed at it")
    func deleteAddress() async throws {
        try await TestApp.make().run { session in
            let admin = try await session.adminToken()
            try await session.register("jane@example.com", addresses: CustomerSamples.texas)
            let deleted = try await session.send(.delete, "/rest/V1/addresses/1", token: admin)
            #expect(deleted.text == "true")
            let customer = try await session.get("/rest/V1/customers/1?fields=default_billing,addresses", token: admin)
            #expect(customer.text == #"{"addresses":[]}"#)
            let again = try await session.send(.delete, "/rest/V1/addresses/1", token: admin)
            #expect(again.status == .notFound)
        }
    }
}
