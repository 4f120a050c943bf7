import CommerceDomain
import CommerceStorage
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Prometheus metrics")
struct MetricsTests {
    @Test("/metrics counts requests by route template and status, auth failures, 429s and the queue")
    func exposition() async throws {
        let app = try await TestApp.make { $0.rateLimits.guest = RateLimiter.Limit(rate: 0.001, burst: 4) }
        try await app.run { session in
            let token = try await session.adminToken()
            _ = try await session.get("/rest/V1/directory/countries/DE")
            _ = try await session.get("/rest/V1/directory/countries/FR")
            _ = try await session.get("/rest/V1/store/websites")
            _ = try await session.send(.post, "/rest/async/V1/inventory/source-items", token: token, body: #"{"sourceItems":[{"sku":"M","source_code":"default","quantity":1,"status":1}]}"#)
            _ = try await session.get("/rest/V1/directory/countries/IT")
            _ = try await session.get("/rest/V1/directory/countries/ES")
            let scrape = try await session.get("/metrics")
            #expect(scrape.status == .ok)
            #expect(scrape.contentType == "text/plain; version=0.0.4")
            let text = scrape.text
            #expect(text.contains(#"magpie_http_requests_total{route="GET /V1/directory/countries/:countryId",status="200"} 3"#))
            #expect(text.contains(#"magpie_http_requests_total{route="GET /V1/store/websites",status="401"} 1"#))
            #expect(text.contains(#"magpie_http_requests_total{route="POST async /V1/inventory/source-items",status="202"} 1"#))
            #expect(text.contains("magpie_auth_failures_total 1"))
            #expect(text.contains(#"magpie_rate_limited_requests_total{role="guest"} 1"#))
            #expect(text.contains("magpie_operations_open_count 1"))
            #expect(text.contains("magpie_http_request_duration_seconds_bucket"))
        }
    }
}
