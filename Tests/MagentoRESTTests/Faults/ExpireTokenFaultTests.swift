import CommerceDomain
import CommerceStorage
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("expire_token: the request's token stops working for good")
struct ExpireTokenFaultTests {
    static let websites = "/rest/V1/store/websites"
    static let refusal = #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Backend::store"}}"#

    @Test("an admin token gets an expired token's 401 at once and from then on; a new token works")
    func adminToken() async throws {
        let app = try await TestApp.make()
        let secret = try await app.magpie.storage.secrets.secret(named: "jwt_hs256", orStore: "unused")
        try await app.run { session in
            let admin = try await session.adminToken()
            // Tokens issued in the same second are identical; a second later they differ.
            app.clock.advance(by: 1)
            let doomed = try await session.adminToken()
            #expect(doomed != admin)
            #expect(try await session.get(Self.websites, token: doomed).status == .ok)
            // What a genuinely expired token gets, for comparison.
            let expired = try await JWTTokenIssuer(secret: secret, clock: app.clock).issue(for: .admin(userId: 1), lifetime: -10)
            let reference = try await session.get(Self.websites, token: expired)
            try await session.setFaults(#"{"rules":[{"path":"/V1/store/*","action":"expire_token","limit":1}]}"#, token: admin)
            let hit = try await session.get(Self.websites, token: doomed)
            #expect(hit.status == .unauthorized)
            #expect(hit.text == Self.refusal)
            #expect(hit.text == reference.text)
            // The rule is spent, yet the token stays dead everywhere, the fault routes included.
            #expect(try await session.get(Self.websites, token: doomed).text == Self.refusal)
            #expect(try await session.get("/rest/V1/magpie/faults", token: doomed).status == .unauthorized)
            #expect(try await session.send(.delete, "/rest/V1/magpie/faults", token: admin).status == .ok)
            #expect(try await session.get(Self.websites, token: doomed).status == .unauthorized)
            app.clock.advance(by: 1)
            let fresh = try await session.adminToken()
            #expect(try await session.get(Self.websites, token: fresh).status == .ok)
        }
    }

    @Test("a customer token is expired the same way")
    func customerToken() async throws {
        let app = try await TestApp.make(extraEndpoints: ProbeEndpoints.all)
        let secret = try await app.magpie.storage.secrets.secret(named: "jwt_hs256", orStore: "unused")
        let customer = try await JWTTokenIssuer(secret: secret, clock: app.clock).issue(for: .customer(customerId: 7), lifetime: 3600)
        try await app.run { session in
            let admin = try await session.adminToken()
            #expect(try await session.get("/rest/V1/probe/me", token: customer).text == "7")
            let guest = try await session.get("/rest/V1/probe/me")
            try await session.setFaults(#"{"rules":[{"path":"/V1/probe/*","action":"expire_token"}]}"#, token: admin)
            let hit = try await session.get("/rest/V1/probe/me", token: customer)
            #expect(hit.status == .unauthorized)
            #expect(hit.text == guest.text)
        }
    }

    @Test("an integration access token used as a bearer token is expired too")
    func integrationToken() async throws {
        let app = try await TestApp.make()
        let created = try await app.magpie.storage.integrations.create(IntegrationDraft(name: "ERP", resources: ["Magento_Backend::store"]))
        let erp = try await app.magpie.storage.integrations.activate(id: created.id)
        try await app.run { session in
            let admin = try await session.adminToken()
            #expect(try await session.get(Self.websites, token: erp.accessToken).status == .ok)
            try await session.setFaults(#"{"rules":[{"action":"expire_token","limit":1}]}"#, token: admin)
            #expect(try await session.get(Self.websites, token: erp.accessToken).text == Self.refusal)
            #expect(try await session.get(Self.websites, token: erp.accessToken).status == .unauthorized)
            #expect(try await session.get(Self.websites, token: admin).status == .ok)
        }
    }

    @Test("a request without a bearer token does not match an expire_token rule")
    func needsBearer() async throws {
        try await TestApp.make().run { session in
            let admin = try await session.adminToken()
            try await session.setFaults(#"{"rules":[{"action":"expire_token"}]}"#, token: admin)
            #expect(try await session.get("/rest/V1/directory/countries/DE").status == .ok)
            let report = try await session.get("/rest/V1/magpie/faults", token: admin)
            #expect(report.json?["rules"]?.arrayValue?.first?["matched"] == .number("0"))
        }
    }
}
