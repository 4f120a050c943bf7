import MagentoClient
import Testing

@Suite struct TokenRefreshTests {
    static let unauthorized = #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Catalog::products"}}"#

    @Test func aRejectedTokenIsReplacedOnce() async throws {
        let transport = ScriptedTransport([.reply(401, Self.unauthorized), .reply(200, "true")])
        let client = ClientFixtures.client(transport, credentials: .admin(username: "admin", password: "pw"))
        #expect(try await client.products.delete("X"))
        #expect(transport.calls.map { $0.header("Authorization") } == ["Bearer token-1", "Bearer token-2"])
        #expect(client.statistics.tokenRefreshes == 1)
    }

    @Test func aSecond401SaysTheTokenMayHaveExpired() async throws {
        let transport = ScriptedTransport([.reply(401, Self.unauthorized), .reply(401, Self.unauthorized)])
        let client = ClientFixtures.client(transport, credentials: .customer(username: "c@example.com", password: "pw"))
        do {
            _ = try await client.products.delete("X")
            Issue.record("expected a 401")
        } catch let error as MagentoClientError {
            #expect(error.code == .tokenExpired)
            #expect(error.status == 401)
            #expect(error.message.hasPrefix("The consumer isn't authorized to access Magento_Catalog::products."))
            #expect(error.message.contains("the token may have expired"))
        }
        #expect(transport.requests.filter { $0.url.hasSuffix("/V1/integration/customer/token") }.count == 2)
    }

    @Test func aFixedBearerTokenIsNotRefreshed() async throws {
        let transport = ScriptedTransport([.reply(401, Self.unauthorized), .reply(200, "true")])
        do {
            _ = try await ClientFixtures.client(transport).products.delete("X")
            Issue.record("expected a 401")
        } catch let error as MagentoClientError {
            #expect(error.code == .unauthorized)
        }
        #expect(transport.requests.count == 1)
    }

    @Test func aBearerTokenRefusedAfterItWorkedIsReportedAsExpired() async throws {
        let transport = ScriptedTransport([.reply(200, "true"), .reply(401, Self.unauthorized)])
        let client = ClientFixtures.client(transport)
        #expect(try await client.products.delete("X"))
        do {
            _ = try await client.products.delete("Y")
            Issue.record("expected a 401")
        } catch let error as MagentoClientError {
            #expect(error.code == .tokenExpired)
            #expect(error.message == "The consumer isn't authorized to access Magento_Catalog::products."
                + " (the token worked earlier in this run and is now refused: the token may have expired or been revoked)")
        }
        #expect(transport.requests.count == 2)
    }

    @Test func concurrentCallsShareOneLogin() async throws {
        let transport = ScriptedTransport([])
        let client = ClientFixtures.client(transport, credentials: .admin(username: "admin", password: "pw"))
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<8 { group.addTask { try await client.products.delete("X\(index)") } }
            for try await _ in group {}
        }
        #expect(transport.requests.filter { $0.url.contains("/integration/admin/token") }.count == 1)
    }
}
