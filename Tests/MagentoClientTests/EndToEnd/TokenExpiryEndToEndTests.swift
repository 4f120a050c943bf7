import Foundation
import MagentoClient
import MagentoWire
import Testing

/// A token revoked mid-sync by the target's `expire_token` fault: an admin (password) client signs
/// in again once and finishes; a bearer integration token cannot be renewed, so the run stops with
/// an error saying the token may have expired, and nothing more is sent after the refusals.
@Suite(.serialized) struct TokenExpiryEndToEndTests {
    static let productCount = 60
    static let concurrency = 4

    /// One expiry, on a product write somewhere between the 10th and the 20th.
    static func expiryRule() -> String {
        let seed = LiveMagpie.seed(firstFiringIn: 10...20, rate: 0.05)
        return """
            {"seed": \(seed), "rules": [
              {"name": "expire", "method": "POST", "path": "/V1/products", "rate": 0.05, "limit": 1, "action": "expire_token"}
            ]}
            """
    }

    static func seedSource(_ store: LiveMagpie) async throws {
        let saved = await store.adminClient().products.saveAll((1...productCount).map { CatalogFixtures.product("TX-\($0)") })
        #expect(saved.allSatisfy { $0.succeeded })
    }

    @Test func anAdminSignsInAgainOnceAndTheSyncCompletes() async throws {
        try await LiveMagpie.run { source in
            try await LiveMagpie.run { target in
                try await Self.seedSource(source)
                try await target.setFaults(Self.expiryRule())
                let targetClient = target.adminClient()
                let state = try await SQLiteSyncState.open(path: ":memory:")
                let report = await SyncEngine(source: source.adminClient(), target: targetClient, state: state, concurrency: Self.concurrency)
                    .run([ProductSyncAdapter()])
                await state.close()

                #expect(try await target.faultCounts().map(\.fired) == [1])
                #expect(report.isComplete, "\(report.entities.map { $0.message ?? "" })")
                #expect(report.entities.first?.applied == Self.productCount)
                #expect(targetClient.statistics.tokenRefreshes == 1)
                #expect(report.tokenRefreshes == 1)
                #expect(try await target.skus(like: "TX-%").count == Self.productCount)
            }
        }
    }

    @Test func aBearerTokenThatExpiresStopsTheSyncWithAClearError() async throws {
        try await LiveMagpie.run { source in
            try await LiveMagpie.run { target in
                try await Self.seedSource(source)
                let token = try await target.integrationToken("sync-bearer")
                try await target.setFaults(Self.expiryRule())
                let targetClient = MagentoClient(MagentoClientConfiguration(
                    baseURL: target.baseURL, credentials: .bearer(token), requestTimeout: LiveMagpie.requestTimeout, retry: RetryPolicy(maximumAttempts: 3, baseDelay: .milliseconds(5))
                ))
                let state = try await SQLiteSyncState.open(path: ":memory:")
                let report = await SyncEngine(source: source.adminClient(), target: targetClient, state: state, pageSize: 20, concurrency: Self.concurrency)
                    .run([ProductSyncAdapter(), CategorySyncAdapter()])
                await state.close()

                let products = try #require(report.entities.first)
                #expect(report.entities.count == 1, "the run stops: the next entity would be refused alike")
                #expect(products.status == .failed)
                #expect(products.errorCode == "token_expired")
                #expect(products.message?.contains("the token may have expired or been revoked") == true)
                #expect(products.message?.hasPrefix("The consumer isn't authorized to access Magento_Catalog::products.") == true)
                #expect(products.checkpoint == nil, "nothing is checkpointed past the refusal")

                // The server saw the writes before the expiry, then at most one refused write per request in flight.
                let writes = try #require(try await target.faultCounts().first)
                #expect(writes.fired == 1)
                let refused = writes.matched - products.applied
                #expect((1...Self.concurrency).contains(refused), "refused writes: \(refused)")
                #expect((5...20).contains(products.applied), "applied: \(products.applied)")
                #expect(products.applied + products.failed == products.fetched)
                #expect(products.failures.filter { $0.message.hasPrefix("Not sent") }.count == products.fetched - writes.matched)
                #expect(try await target.skus(like: "TX-%").count == products.applied)
            }
        }
    }

    @Test func theCLISyncWithAnExpiredBearerTokenExitsThree() async throws {
        try await LiveMagpie.run { source in
            try await LiveMagpie.run { target in
                try await Self.seedSource(source)
                let token = try await target.integrationToken("cli-bearer")
                try await target.setFaults(Self.expiryRule())
                let state = FileManager.default.temporaryDirectory.appendingPathComponent("tx-\(UUID().uuidString).sqlite").path
                defer { try? FileManager.default.removeItem(atPath: state) }
                let run = try await CLIRunner.run(
                    [
                        "sync", "--from", source.baseURL, "--to", target.baseURL, "--entities", "products", "--state", state,
                        "--from-username", "admin", "--to-token", token, "--retry-delay", "0.005",
                        "--concurrency", String(Self.concurrency),
                    ],
                    environment: ["MAGPIE_FROM_PASSWORD": LiveMagpie.adminPassword]
                )
                #expect(run.status == 3, "stderr: \(run.stderr)")
                #expect(run.stderr.contains("the token may have expired or been revoked"))
                let report = try JSONValue.parse(run.stdout)
                #expect(report["entities"]?.arrayValue?.first?["errorCode"] == .string("token_expired"))
                let writes = try #require(try await target.faultCounts().first)
                #expect(writes.matched < Self.productCount / 2)
            }
        }
    }
}
