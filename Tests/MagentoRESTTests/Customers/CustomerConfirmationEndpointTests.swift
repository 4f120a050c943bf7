import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

@Suite("Customer confirmation endpoints")
struct CustomerConfirmationEndpointTests {
    @Test("accounts need no confirmation and can be deleted")
    func status() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.register("jane@example.com")
            let status = try await session.get("/rest/V1/customers/1/confirm", token: token)
            #expect(status.text == #""account_confirmation_not_required""#)
            let readonly = try await session.get("/rest/V1/customers/1/permissions/readonly", token: token)
            #expect(readonly.text == "false")
            let missing = try await session.get("/rest/V1/customers/9/confirm", token: token)
            #expect(missing.status == .notFound)
        }
    }

    @Test("resending and activating answer Magento's refusals for active accounts")
    func refusals() async throws {
        try await TestApp.make().run { session in
            let admin = try await session.adminToken()
            try await session.register("jane@example.com")
            let resend = try await session.send(.post, "/rest/V1/customers/confirm", token: admin, body: #"{"email":"jane@example.com","websiteId":1}"#)
            #expect(resend.status == .badRequest)
            #expect(resend.text == #"{"message":"Confirmation isn't needed."}"#)
            let unknown = try await session.send(.post, "/rest/V1/customers/confirm", token: admin, body: #"{"email":"x@example.com","websiteId":1}"#)
            #expect(unknown.status == .notFound)
            #expect(unknown.text == #"{"message":"No such entity with %fieldName = %fieldValue, %field2Name = %field2Value","parameters":{"field2Name":"websiteId","field2Value":"1","fieldName":"email","fieldValue":"x@example.com"}}"#)
            let byEmail = try await session.send(.put, "/rest/V1/customers/jane@example.com/activate", token: admin, body: #"{"confirmationKey":"k"}"#)
            #expect(byEmail.text == #"{"message":"The account is already active."}"#)
            let customer = try await session.customerToken("jane@example.com")
            let me = try await session.send(.put, "/rest/V1/customers/me/activate", token: customer, body: #"{"confirmationKey":"k"}"#)
            #expect(me.status == .badRequest)
            #expect(me.text == #"{"message":"The account is already active."}"#)
        }
    }
}
