import HTTPTypes
import MagentoWire
import Testing

@Suite("GraphQL answers after a snapshot restore")
struct SnapshotCacheTests {
    static let query = #"{ products(filter: {sku: {eq: "MG-000001"}}) { items { name } } }"#

    /// After a restore the write version goes back to a number the cache has seen: an answer
    /// cached under it before the restore must not be served for the new state.
    @Test("a restore drops cached answers, so a version number seen before the restore is not served stale")
    func restoreDropsCachedAnswers() async throws {
        try await GraphQLTestApp.withCatalog().run { session in
            let token = try await session.raw(.post, "/rest/V1/integration/admin/token", body: #"{"username":"admin","password":"magpie-test-123"}"#)
            let admin = ["Authorization": "Bearer \(token.json?.stringValue ?? "")"]
            let rename = { @Sendable (name: String) in
                try await session.raw(.put, "/rest/V1/products/MG-000001", body: #"{"product":{"sku":"MG-000001","name":"\#(name)"}}"#, headers: admin)
            }
            #expect(try await session.raw(.post, "/rest/V1/magpie/snapshots", body: #"{"name":"start"}"#, headers: admin).status == .ok)
            #expect(try await rename("Before Restore").status == .ok)
            _ = try await session.get(Self.query)
            #expect(try await session.get(Self.query).headers[HTTPField.Name("X-Magpie-Cache")!] == "HIT")
            #expect(try await session.raw(.post, "/rest/V1/magpie/snapshots/start/restore", headers: admin).text == "true")
            #expect(try await rename("After Restore").status == .ok)
            let after = try await session.get(Self.query)
            #expect(after.text == #"{"data":{"products":{"items":[{"name":"After Restore"}]}}}"#)
        }
    }
}
