import CommerceDomain
import CommerceStorage
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Rate limits")
struct RateLimitTests {
    static func small(_ configuration: inout ServerConfiguration) {
        configuration.rateLimits.guest = RateLimiter.Limit(rate: 1, burst: 3)
        configuration.rateLimits.login = RateLimiter.Limit(rate: 0.1, burst: 2)
    }

    func header(_ reply: TestReply, _ name: String) -> String? {
        reply.headers[HTTPField.Name(name)!]
    }

    @Test("every response carries the limit headers, counting down")
    func headers() async throws {
        try await TestApp.make(configure: Self.small).run { session in
            let first = try await session.get("/rest/V1/directory/countries/DE")
            #expect(header(first, "X-RateLimit-Limit") == "3")
            #expect(header(first, "X-RateLimit-Remaining") == "2")
            let second = try await session.get("/rest/V1/nothing")
            #expect(header(second, "X-RateLimit-Remaining") == "1")
        }
    }

    @Test("past the burst a caller gets Magento's 429 with Retry-After, until tokens return")
    func tooMany() async throws {
        let app = try await TestApp.make(configure: Self.small)
        try await app.run { session in
            for _ in 0..<3 { _ = try await session.get("/rest/V1/directory/countries/DE") }
            let refused = try await session.get("/rest/V1/directory/countries/DE")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.text == #"{"message":"Too Many Requests","trace":null}"#)
            #expect(header(refused, "Retry-After") == "1")
            #expect(refused.contentType == "application/json; charset=utf-8")
            app.clock.advance(by: 1)
            let allowed = try await session.get("/rest/V1/directory/countries/DE")
            #expect(allowed.status == .ok)
        }
    }

    @Test("token requests have their own, stricter bucket against password guessing")
    func loginBucket() async throws {
        try await TestApp.make(configure: Self.small).run { session in
            let body = #"{"username":"admin","password":"wrong"}"#
            for _ in 0..<2 { _ = try await session.send(.post, "/rest/V1/integration/admin/token", body: body) }
            let refused = try await session.send(.post, "/rest/V1/integration/admin/token", body: body)
            #expect(refused.status == .tooManyRequests)
            #expect(header(refused, "Retry-After") == "10")
            let other = try await session.get("/rest/V1/directory/countries/DE")
            #expect(other.status == .ok)
        }
    }

    @Test("only failed token requests drain the login bucket; successful ones never do")
    func successfulLoginsAreNotCounted() async throws {
        let credentials = #"{"username":"admin","password":"\#(TestApp.adminPassword)"}"#
        try await TestApp.make(configure: Self.small).run { session in
            for _ in 0..<6 {
                let token = try await session.send(.post, "/rest/V1/integration/admin/token", body: credentials)
                #expect(token.status == .ok)
            }
            let failed = try await session.send(.post, "/rest/V1/integration/admin/token", body: #"{"username":"admin","password":"wrong"}"#)
            #expect(failed.status == .unauthorized)
            #expect(header(failed, "X-RateLimit-Remaining") == "1")
            let stillAllowed = try await session.send(.post, "/rest/V1/integration/admin/token", body: credentials)
            #expect(stillAllowed.status == .ok)
        }
    }

    @Test("behind a trusted proxy, guests are told apart by X-Forwarded-For; from anyone else the header is ignored")
    func trustedProxies() async throws {
        try await TestApp.make(configure: { Self.small(&$0); $0.rateLimits.trustedProxies = ["local", "127.0.0.1"] }).run { session in
            for _ in 0..<3 {
                let reply = try await session.send(.get, "/rest/V1/directory/countries/DE", headers: ["X-Forwarded-For": "203.0.113.7"])
                #expect(reply.status == .ok)
            }
            let refused = try await session.send(.get, "/rest/V1/directory/countries/DE", headers: ["X-Forwarded-For": "198.51.100.1, 203.0.113.7"])
            #expect(refused.status == .tooManyRequests)
            let withoutHeader = try await session.get("/rest/V1/directory/countries/DE")
            #expect(withoutHeader.status == .ok)
            let otherShopper = try await session.send(.get, "/rest/V1/directory/countries/DE", headers: ["X-Forwarded-For": "203.0.113.8"])
            #expect(otherShopper.status == .ok)
        }
        try await TestApp.make(configure: Self.small).run { session in
            for index in 0..<3 {
                _ = try await session.send(.get, "/rest/V1/directory/countries/DE", headers: ["X-Forwarded-For": "203.0.113.\(index)"])
            }
            let untrusted = try await session.send(.get, "/rest/V1/directory/countries/DE", headers: ["X-Forwarded-For": "203.0.113.9"])
            #expect(untrusted.status == .tooManyRequests)
        }
    }

    @Test("limits can be turned off")
    func off() async throws {
        try await TestApp.make(configure: { Self.small(&$0); $0.rateLimits.enabled = false }).run { session in
            for _ in 0..<5 {
                let reply = try await session.get("/rest/V1/directory/countries/DE")
                #expect(reply.status == .ok)
                #expect(header(reply, "X-RateLimit-Limit") == nil)
            }
        }
    }

    @Test("limits parse from \"rate,burst\"")
    func parsing() {
        #expect(RateLimiter.Limit("5,10") == RateLimiter.Limit(rate: 5, burst: 10))
        #expect(RateLimiter.Limit("0,10") == nil)
        #expect(RateLimiter.Limit("x") == nil)
    }
}
