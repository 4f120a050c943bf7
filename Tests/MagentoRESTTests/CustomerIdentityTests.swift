import CommerceDomain
import CommerceStorage
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Customer identities and forced parameters")
struct CustomerIdentityTests {
    @Test("a self route accepts a customer token and forces the customer id from it")
    func forcedCustomerId() async throws {
        let app = try await TestApp.make(extraEndpoints: ProbeEndpoints.all)
        let secret = try await app.magpie.storage.secrets.secret(named: "jwt_hs256", orStore: "unused")
        let issuer = await JWTTokenIssuer(secret: secret, clock: app.clock)
        let token = try await issuer.issue(for: .customer(customerId: 7), lifetime: 3600)
        try await app.run { session in
            // The client tries to name another customer; the forced value wins.
            let reply = try await session.get("/rest/V1/probe/me?customerId=99", token: token)
            #expect(reply.status == .ok)
            #expect(reply.text == "7")
        }
    }

    @Test("a customer token cannot reach an admin resource")
    func customerDeniedAdminRoute() async throws {
        let app = try await TestApp.make()
        let secret = try await app.magpie.storage.secrets.secret(named: "jwt_hs256", orStore: "unused")
        let token = try await JWTTokenIssuer(secret: secret, clock: app.clock).issue(for: .customer(customerId: 7), lifetime: 3600)
        try await app.run { session in
            let reply = try await session.get("/rest/V1/store/websites", token: token)
            #expect(reply.status == .unauthorized)
        }
    }

    @Test("a token signed with another key is a guest")
    func forgedToken() async throws {
        let app = try await TestApp.make()
        let forged = try await JWTTokenIssuer(secret: String(repeating: "f0", count: 32), clock: app.clock).issue(for: .admin(userId: 1), lifetime: 3600)
        try await app.run { session in
            let reply1 = try await session.get("/rest/V1/store/websites", token: forged)
            #expect(reply1.status == .unauthorized)
        }
    }
}
