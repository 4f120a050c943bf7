import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import Testing

@Suite("Customer tokens")
struct CustomerTokenEndpointTests {
    static let signInFailed = #"{"message":"The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later."}"#

    @Test("email and password give a bare JSON string token that reaches /me")
    func token() async throws {
        try await TestApp.make().run { session in
            try await session.register("jane@example.com")
            let reply = try await session.send(
                .post, "/rest/V1/integration/customer/token", body: #"{"username":"Jane@Example.com","password":"Shopper-pass1"}"#
            )
            #expect(reply.status == .ok)
            guard case .string(let token)? = reply.json else {
                Issue.record("not a string: \(reply.text)")
                return
            }
            let me = try await session.get("/rest/V1/customers/me?fields=id", token: token)
            #expect(me.text == #"{"id":1}"#)
        }
    }

    @Test("wrong passwords and unknown emails get the same 401; empty fields are required")
    func failures() async throws {
        try await TestApp.make().run { session in
            try await session.register("jane@example.com")
            let wrong = try await session.send(.post, "/rest/V1/integration/customer/token", body: #"{"username":"jane@example.com","password":"nope"}"#)
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text == Self.signInFailed)
            let unknown = try await session.send(.post, "/rest/V1/integration/customer/token", body: #"{"username":"x@example.com","password":"nope"}"#)
            #expect(unknown.text == Self.signInFailed)
            let empty = try await session.send(.post, "/rest/V1/integration/customer/token", body: #"{"username":"","password":""}"#)
            #expect(empty.status == .badRequest)
            #expect(empty.text == #"{"message":"One or more input exceptions have occurred.","errors":[{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"username"}},{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"password"}}]}"#)
        }
    }

    @Test("six failures lock the account for 30 minutes, even for the right password")
    func lockout() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            try await session.register("jane@example.com")
            for _ in 0..<6 {
                _ = try await session.send(.post, "/rest/V1/integration/customer/token", body: #"{"username":"jane@example.com","password":"nope"}"#)
            }
            let body = #"{"username":"jane@example.com","password":"Shopper-pass1"}"#
            let locked = try await session.send(.post, "/rest/V1/integration/customer/token", body: body)
            #expect(locked.status == .unauthorized)
            #expect(locked.text == Self.signInFailed)
            app.clock.advance(by: 30 * 60 + 1)
            let unlocked = try await session.send(.post, "/rest/V1/integration/customer/token", body: body)
            #expect(unlocked.status == .ok)
        }
    }

    @Test("revoking answers true and the customer's earlier tokens become guests")
    func revoke() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            try await session.register("jane@example.com")
            let first = try await session.customerToken("jane@example.com")
            let second = try await session.customerToken("jane@example.com")
            let revoked = try await session.send(.post, "/rest/V1/integration/customer/revoke-customer-token", token: first)
            #expect(revoked.status == .ok)
            #expect(revoked.text == "true")
            for token in [first, second] {
                let me = try await session.get("/rest/V1/customers/me", token: token)
                #expect(me.status == .unauthorized)
            }
            app.clock.advance(by: 1)
            let fresh = try await session.customerToken("jane@example.com")
            let me = try await session.get("/rest/V1/customers/me?fields=id", token: fresh)
            #expect(me.text == #"{"id":1}"#)
            let guest = try await session.send(.post, "/rest/V1/integration/customer/revoke-customer-token")
            #expect(guest.status == .unauthorized)
        }
    }

    @Test("a deleted customer's token reaches /me only to learn the account is gone")
    func deletedCustomer() async throws {
        try await TestApp.make().run { session in
            try await session.register("jane@example.com")
            let token = try await session.customerToken("jane@example.com")
            let admin = try await session.adminToken()
            _ = try await session.send(.delete, "/rest/V1/customers/1", token: admin)
            let me = try await session.get("/rest/V1/customers/me", token: token)
            #expect(me.status == .notFound)
            #expect(me.text == #"{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"customerId","fieldValue":"1"}}"#)
        }
    }
}
