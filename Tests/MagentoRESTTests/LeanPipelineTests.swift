import Crypto
import Foundation
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagpieServer
import Testing

/// What the per-request shortcuts (request ids without `UUID()`, ETags without a string per
/// byte, metric handles resolved once) must keep exactly as clients and scrapers saw it before.
@Suite("Lean pipeline")
struct LeanPipelineTests {
    @Test("the ETag is the quoted hex of the first half of the body's SHA-256")
    func etagIsTheBodysHash() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/directory/countries/DE")
            let digest = SHA256.hash(data: Array(reply.text.utf8)).prefix(16).map { String(format: "%02x", $0) }.joined()
            #expect(reply.headers[.eTag] == "\"\(digest)\"")
        }
    }

    @Test("generated request ids are version 4 UUIDs, lowercase and all different")
    func requestIdsAreUUIDs() async throws {
        try await TestApp.make().run { session in
            var seen = Set<String>()
            for _ in 0..<50 {
                let reply = try await session.get("/rest/V1/directory/countries/DE")
                let id = try #require(reply.headers[HTTPField.Name("X-Request-Id")!])
                let parsed = try #require(UUID(uuidString: id))
                #expect(parsed.uuidString.lowercased() == id)
                let characters = Array(id)
                #expect(characters[14] == "4")
                #expect("89ab".contains(characters[19]))
                seen.insert(id)
            }
            #expect(seen.count == 50)
        }
    }

    @Test("requests answered at the same time are each counted once in /metrics")
    func concurrentRequestsAreCounted() async throws {
        // Rate limits off: the guest burst would otherwise turn most of these into 429s.
        try await TestApp.make { $0.rateLimits.enabled = false }.run { session in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<200 {
                    group.addTask {
                        _ = try await session.get(index.isMultiple(of: 2) ? "/rest/V1/directory/countries/DE" : "/rest/V1/directory/countries/XX")
                    }
                }
                try await group.waitForAll()
            }
            let text = try await session.get("/metrics").text
            #expect(text.contains(#"magpie_http_requests_total{route="GET /V1/directory/countries/:countryId",status="200"} 100"#))
            #expect(text.contains(#"magpie_http_requests_total{route="GET /V1/directory/countries/:countryId",status="404"} 100"#))
            #expect(text.contains(#"magpie_http_request_duration_seconds_count{route="GET /V1/directory/countries/:countryId"} 200"#))
        }
    }
}
