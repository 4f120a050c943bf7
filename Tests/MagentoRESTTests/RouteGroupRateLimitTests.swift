import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagpieServer
import Testing

@Suite("Rate limits per route group")
struct RouteGroupRateLimitTests {
    @Test("a route group's own limit applies on top of the caller's, and its headers are the tighter")
    func groupLimit() async throws {
        let app = try await TestApp.make { $0.rateLimits.groups["directory"] = RateLimiter.Limit(rate: 1, burst: 2) }
        try await app.run { session in
            let first = try await session.get("/rest/V1/directory/countries/DE")
            #expect(first.headers[HTTPField.Name("X-RateLimit-Limit")!] == "2")
            _ = try await session.get("/rest/V1/directory/countries/FR")
            let refused = try await session.get("/rest/default/V1/directory/countries/DE")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.text == #"{"message":"Too Many Requests","trace":null}"#)
            let otherGroup = try await session.get("/rest/V1/store/websites")
            #expect(otherGroup.status == .unauthorized)   // not limited: refused for its ACL instead
            #expect(otherGroup.headers[HTTPField.Name("X-RateLimit-Limit")!] == String(Int(RateLimiter.Settings().guest.burst)))
        }
    }

    @Test("MAGPIE_RATE_LIMIT_GROUP_<GROUP> sets a group's limit")
    func environment() {
        let configuration = ServerConfiguration.fromEnvironment(["MAGPIE_RATE_LIMIT_GROUP_PRODUCTS": "5,10"])
        #expect(configuration.rateLimits.groups["products"] == RateLimiter.Limit(rate: 5, burst: 10))
        #expect(RateLimiter.group(ofPath: "/rest/fr/async/bulk/V1/products/bySku") == "products")
        #expect(RateLimiter.group(ofPath: "/health") == nil)
    }
}
