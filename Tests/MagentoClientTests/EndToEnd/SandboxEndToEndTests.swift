import Foundation
import MagentoClient
import MagentoWire
import Testing

/// `MagpieSandbox` as a connector's test suite uses it: a store per worker, reset to a snapshot
/// before each test, and faults and the clock set inside one test.
struct SandboxEndToEndTests {
    @Test func aResetPutsTheSandboxBackAndLeavesTheOtherSandboxAlone() async throws {
        try await LiveMagpie.run { store in
            let first = MagpieSandbox(server: store.baseURL, name: "worker-1", password: LiveMagpie.adminPassword)
            let second = MagpieSandbox(server: store.baseURL, name: "worker-2", password: LiveMagpie.adminPassword)
            try await first.saveSnapshot("sdk-base")
            try await second.reset(to: "sdk-base")
            _ = try await first.client.products.save(CatalogFixtures.product("SANDBOXED"))
            #expect(try await first.client.products.get("SANDBOXED").sku == "SANDBOXED")
            await #expect(throws: MagentoClientError.self) { try await second.client.products.get("SANDBOXED") }
            try await first.reset(to: "sdk-base")
            await #expect(throws: MagentoClientError.self) { try await first.client.products.get("SANDBOXED") }
        }
    }

    @Test func aFaultAndAFrozenClockInOneTest() async throws {
        try await LiveMagpie.run { store in
            let sandbox = MagpieSandbox(server: store.baseURL, name: "worker-1", password: LiveMagpie.adminPassword)
            try await sandbox.saveSnapshot("sdk-base")
            try await sandbox.reset(to: "sdk-base")
            // One 503 on the next product write: the client retries it; the write lands once.
            try await sandbox.setFaults(.object(["rules": .array([.object([
                "path": .string("/V1/products"), "method": .string("POST"), "limit": .number("1"),
                "action": .string("status"), "status": .number("503"),
            ])])]))
            // Five years on: the admin token has expired, and the client signs in again.
            let frozen = try await sandbox.freezeClock(at: "2031-05-06 07:08:09")
            #expect(frozen == .object(["mode": .string("frozen"), "now": .string("2031-05-06 07:08:09")]))
            let saved = try await sandbox.client.products.save(CatalogFixtures.product("TIMED"))
            #expect(saved.updatedAt == "2031-05-06 07:08:09")
            #expect(sandbox.client.statistics.retries >= 1)
            #expect(sandbox.client.statistics.tokenRefreshes == 1)
            let advanced = try await sandbox.advanceClock(by: 60)
            #expect(advanced["now"] == .string("2031-05-06 07:09:09"))
        }
    }
}
