import Foundation
import HTTPTypes
import MagentoWire
import Testing

/// Signing in, the account and its password.
@Suite("GraphQL customer accounts")
struct CustomerAccountTests {
    @Test("generateCustomerToken issues the REST customer JWT; a wrong password is Magento's authentication error", arguments: CartEngine.all)
    func signIn(engine: CartEngine) async throws {
        try await GraphQLTestApp.run(on: engine) { session in
            try await session.register("jane@example.com")
            let token = try await session.signIn("jane@example.com")
            #expect(token.split(separator: ".").count == 3)
            let rest = try await session.rest(.get, "/rest/V1/customers/me?fields=email", token: token)
            #expect(rest.text == #"{"email":"jane@example.com"}"#)
            let wrong = try await session.gql(#"mutation { generateCustomerToken(email: "jane@example.com", password: "wrong-pass1") { token } }"#)
            #expect(wrong.text == #"{"errors":[{"message":"The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.","extensions":{"category":"graphql-authentication"},"locations":[{"line":1,"column":12}],"path":["generateCustomerToken"]}],"data":{"generateCustomerToken":null}}"#)
        }
    }

    @Test("customer fields without a customer token are Magento's authorization error")
    func guestsAreRefused() async throws {
        try await GraphQLTestApp.run(on: .sqlite) { session in
            let reply = try await session.gql("{ customer { email } }")
            #expect(reply.text == #"{"errors":[{"message":"The current customer isn't authorized.","extensions":{"category":"graphql-authorization"},"locations":[{"line":1,"column":3}],"path":["customer"]}],"data":{"customer":null}}"#)
            let cart = try await session.gql("{ customerCart { id } }")
            #expect(cart.errors.first?["message"] == "The request is allowed for logged in customer")
            #expect(cart.errors.first?["extensions"]?["category"] == "graphql-authorization")
        }
    }

    @Test("createCustomerV2 opens an account that signs in; an email in use is refused", arguments: CartEngine.all)
    func create(engine: CartEngine) async throws {
        try await GraphQLTestApp.run(on: engine) { session in
            let mutation = #"mutation { createCustomerV2(input: {email: "ada@example.com", firstname: "Ada", lastname: "Lovelace", password: "Engine-pass1", is_subscribed: false}) { customer { email firstname lastname is_subscribed addresses { id } } } }"#
            let created = try await session.gql(mutation)
            #expect(created.text == #"{"data":{"createCustomerV2":{"customer":{"email":"ada@example.com","firstname":"Ada","lastname":"Lovelace","is_subscribed":false,"addresses":[]}}}}"#)
            #expect(!(try await session.signIn("ada@example.com", password: "Engine-pass1")).isEmpty)
            let again = try await session.gql(mutation)
            #expect(again.errors.first?["message"] == "A customer with the same email address already exists in an associated website.")
            #expect(again.errors.first?["extensions"]?["category"] == "graphql-input")
            let available = try await session.gql(#"{ a: isEmailAvailable(email: "ada@example.com") { is_email_available } b: isEmailAvailable(email: "new@example.com") { is_email_available } }"#)
            #expect(available.text == #"{"data":{"a":{"is_email_available":false},"b":{"is_email_available":true}}}"#)
        }
    }

    @Test("updateCustomerV2 and changeCustomerPassword change the signed-in account; revokeCustomerToken ends the token")
    func update() async throws {
        try await GraphQLTestApp.run(on: .sqlite) { session in
            try await session.register("jane@example.com")
            let token = try await session.signIn("jane@example.com")
            let updated = try await session.gql(#"mutation { updateCustomerV2(input: {firstname: "Janet", gender: 2}) { customer { firstname lastname gender } } }"#, token: token)
            #expect(updated.text == #"{"data":{"updateCustomerV2":{"customer":{"firstname":"Janet","lastname":"Doe","gender":2}}}}"#)
            let wrong = try await session.gql(#"mutation { changeCustomerPassword(currentPassword: "nope-nope1", newPassword: "Another-pass2") { email } }"#, token: token)
            #expect(wrong.errors.first?["message"] == "The password doesn't match this account. Verify the password and try again.")
            let changed = try await session.gql(#"mutation { changeCustomerPassword(currentPassword: "\#(CartFixtures.shopperPassword)", newPassword: "Another-pass2") { email } }"#, token: token)
            #expect(changed.text == #"{"data":{"changeCustomerPassword":{"email":"jane@example.com"}}}"#)
            #expect(!(try await session.signIn("jane@example.com", password: "Another-pass2")).isEmpty)
            let revoked = try await session.gql("mutation { revokeCustomerToken { result } }", token: token)
            #expect(revoked.text == #"{"data":{"revokeCustomerToken":{"result":true}}}"#)
        }
    }

    @Test("password reset: a request stores a token; a wrong token is refused")
    func passwordReset() async throws {
        try await GraphQLTestApp.run(on: .sqlite) { session in
            try await session.register("jane@example.com")
            let requested = try await session.gql(#"mutation { requestPasswordResetEmail(email: "jane@example.com") }"#)
            #expect(requested.text == #"{"data":{"requestPasswordResetEmail":true}}"#)
            let reset = try await session.gql(#"mutation { resetPassword(email: "jane@example.com", resetPasswordToken: "wrong", newPassword: "Another-pass2") }"#)
            #expect(reset.errors.first?["message"] == "The password token is mismatched. Reset and try again.")
        }
    }
}
