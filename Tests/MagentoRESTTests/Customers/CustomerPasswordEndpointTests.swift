import CommerceDomain
import CommerceStorage
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Customer passwords")
struct CustomerPasswordEndpointTests {
    @Test("changing the password needs the current one; the new one then signs in")
    func changePassword() async throws {
        try await TestApp.make().run { session in
            try await session.register("jane@example.com")
            let token = try await session.customerToken("jane@example.com")
            let wrong = try await session.send(
                .put, "/rest/V1/customers/me/password", token: token, body: #"{"currentPassword":"nope","newPassword":"Better-pass2"}"#
            )
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text == #"{"message":"The password doesn't match this account. Verify the password and try again."}"#)
            let weak = try await session.send(
                .put, "/rest/V1/customers/me/password", token: token, body: #"{"currentPassword":"Shopper-pass1","newPassword":"short"}"#
            )
            #expect(weak.status == .badRequest)
            let changed = try await session.send(
                .put, "/rest/V1/customers/me/password", token: token, body: #"{"currentPassword":"Shopper-pass1","newPassword":"Better-pass2"}"#
            )
            #expect(changed.text == "true")
            _ = try await session.customerToken("jane@example.com", password: "Better-pass2")
        }
    }

    @Test("a reset token travels only in the outbox event and resets the password once")
    func resetPassword() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            try await session.register("jane@example.com")
            let started = try await session.send(
                .put, "/rest/V1/customers/password", body: #"{"email":"jane@example.com","template":"email_reset","websiteId":1}"#
            )
            #expect(started.text == "true")
            let resetToken = try await Self.latestResetToken(app)
            #expect(resetToken.count == 32)
            let valid = try await session.get("/rest/V1/customers/1/password/resetLinkToken/\(resetToken)")
            #expect(valid.text == "true")
            let mismatched = try await session.get("/rest/V1/customers/1/password/resetLinkToken/wrong")
            #expect(mismatched.status == .badRequest)
            #expect(mismatched.text == #"{"message":"The password token is mismatched. Reset and try again."}"#)
            let reset = try await session.send(
                .post, "/rest/V1/customers/resetPassword",
                body: #"{"email":"jane@example.com","resetToken":"\#(resetToken)","newPassword":"Fresh-pass3"}"#
            )
            #expect(reset.text == "true")
            _ = try await session.customerToken("jane@example.com", password: "Fresh-pass3")
            let reused = try await session.send(
                .post, "/rest/V1/customers/resetPassword",
                body: #"{"email":"jane@example.com","resetToken":"\#(resetToken)","newPassword":"Fresh-pass4"}"#
            )
            #expect(reused.text == #"{"message":"The password token is mismatched. Reset and try again."}"#)
        }
    }

    @Test("an expired reset token is refused")
    func expiredToken() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            try await session.register("jane@example.com")
            _ = try await session.send(.put, "/rest/V1/customers/password", body: #"{"email":"jane@example.com","template":"email_reminder"}"#)
            let token = try await Self.latestResetToken(app)
            app.clock.advance(by: 2 * 3600 + 1)
            let expired = try await session.get("/rest/V1/customers/1/password/resetLinkToken/\(token)")
            #expect(expired.status == .badRequest)
            #expect(expired.text == #"{"message":"The password token is expired. Reset and try again."}"#)
        }
    }

    @Test("reset requests for unknown emails and templates get Magento's errors")
    func resetErrors() async throws {
        try await TestApp.make().run { session in
            try await session.register("jane@example.com")
            let unknown = try await session.send(.put, "/rest/V1/customers/password", body: #"{"email":"x@example.com","template":"email_reset"}"#)
            #expect(unknown.status == .notFound)
            #expect(unknown.text == #"{"message":"No such entity with %fieldName = %fieldValue, %field2Name = %field2Value","parameters":{"field2Name":"websiteId","field2Value":"1","fieldName":"email","fieldValue":"x@example.com"}}"#)
            let template = try await session.send(.put, "/rest/V1/customers/password", body: #"{"email":"jane@example.com","template":"other"}"#)
            #expect(template.status == .badRequest)
            #expect(template.text == #"{"message":"Invalid value of \"%value\" provided for the %fieldName field. Possible values: %template1 or %template2.","parameters":{"fieldName":"template","template1":"email_reminder","template2":"email_reset","value":"other"}}"#)
        }
    }

    /// The token of the last reset request, read from the outbox event that carries it.
    static func latestResetToken(_ app: TestApp) async throws -> String {
        let events = try await app.magpie.storage.events.events(after: 0, limit: 100)
        let requested = try #require(events.last { $0.event.type == "customer.password_reset_requested" })
        guard case .object(let payload) = try JSONValue.parse(Array(requested.event.payload.utf8)),
              case .string(let token)? = payload["reset_token"] else {
            Issue.record("no token in \(requested.event.payload)")
            return ""
        }
        return token
    }
}
