import CommerceDomain
import CommerceStorage
import Foundation
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Injected faults through the real router")
struct FaultActionTests {
    static let country = "/rest/V1/directory/countries/DE"

    @Test("status faults answer 500, 502, 503 and 504 with Magento-style JSON bodies", arguments: [
        (502, #"{"message":"Bad Gateway"}"#), (503, #"{"message":"Service Unavailable"}"#), (504, #"{"message":"Gateway Timeout"}"#),
    ])
    func statuses(code: Int, body: String) async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.setFaults(#"{"rules":[{"path":"/V1/directory/*","action":"status","status":\#(code)}]}"#, token: token)
            let reply = try await session.get(Self.country)
            #expect(reply.status.code == code)
            #expect(reply.text == body)
            #expect(reply.contentType == "application/json; charset=utf-8")
            #expect(reply.header("X-Request-Id") != nil)
        }
    }

    @Test("a 500 fault is Magento's masked internal error with a report id")
    func masked500() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.setFaults(#"{"rules":[{"action":"status","status":500}]}"#, token: token)
            let reply = try await session.get(Self.country)
            #expect(reply.status == .internalServerError)
            let message = try #require(reply.json?["message"]?.stringValue)
            #expect(message.hasPrefix("Internal Error. Details are available in Magento log file. Report ID: webapi-"))
            #expect(message.count == "Internal Error. Details are available in Magento log file. Report ID: webapi-".count + 13)
        }
    }

    @Test("a rate_limit fault answers as the real limiter: its body, Retry-After and the caller's limit headers at zero")
    func rateLimit() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.setFaults(#"{"rules":[{"method":"GET","path":"/V1/store/*","action":"rate_limit","retry_after":7}]}"#, token: token)
            let admin = try await session.get("/rest/V1/store/websites", token: token)
            #expect(admin.status == .tooManyRequests)
            #expect(admin.text == #"{"message":"Too Many Requests","trace":null}"#)
            #expect(admin.header("Retry-After") == "7")
            let defaults = RateLimiter.Settings()
            #expect(admin.header("X-RateLimit-Limit") == String(Int(defaults.admin.burst)))
            #expect(admin.header("X-RateLimit-Remaining") == "0")
            #expect(admin.header("X-RateLimit-Reset") == String(Int((defaults.admin.burst / defaults.admin.rate).rounded(.up))))
            let guest = try await session.get("/rest/V1/store/websites")
            #expect(guest.header("X-RateLimit-Limit") == String(Int(defaults.guest.burst)))
            #expect(try await session.get(Self.country).status == .ok)
        }
    }

    @Test("with rate limits off, a rate_limit fault still sends the 429 body and Retry-After, and no limit headers")
    func rateLimitWithoutLimiter() async throws {
        try await TestApp.make { $0.rateLimits.enabled = false }.run { session in
            let token = try await session.adminToken()
            try await session.setFaults(#"{"rules":[{"action":"rate_limit"}]}"#, token: token)
            let reply = try await session.get(Self.country)
            #expect(reply.status == .tooManyRequests)
            #expect(reply.header("Retry-After") == "1")
            #expect(reply.header("X-RateLimit-Limit") == nil)
        }
    }

    @Test("a latency fault delays the request, which is then answered normally")
    func latency() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.setFaults(#"{"rules":[{"path":"/V1/directory/*","action":"latency","ms":300}]}"#, token: token)
            let clock = ContinuousClock()
            let started = clock.now
            let reply = try await session.get(Self.country)
            #expect(clock.now - started >= .milliseconds(300))
            #expect(reply.status == .ok)
            #expect(reply.json?["id"] == .string("DE"))
            let quick = clock.now
            _ = try await session.get("/rest/V1/directory/countries")
            #expect(clock.now - quick >= .milliseconds(300))
        }
    }

    @Test("a delayed request holds up no other: a path outside the rule is answered while it waits")
    func latencyBlocksNothingElse() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            // A delay far longer than any plausible scheduling hiccup, so the order is the assertion,
            // not a wall-clock bound that a loaded machine could break.
            try await session.setFaults(#"{"rules":[{"path":"/V1/directory/*","action":"latency","ms":3000}]}"#, token: token)
            let order = try await withThrowingTaskGroup(of: String.self) { group in
                group.addTask {
                    _ = try await session.get(Self.country)
                    return "delayed"
                }
                group.addTask {
                    let reply = try await session.get("/rest/V1/store/websites", token: token)
                    #expect(reply.status == .ok)
                    return "other"
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(order == ["other", "delayed"])
        }
    }

    @Test("latency composes with a later rule: the delay, then that rule's fault")
    func latencyThenStatus() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.setFaults(#"{"rules":[{"action":"latency","ms":200},{"action":"status","status":503}]}"#, token: token)
            let clock = ContinuousClock()
            let started = clock.now
            let reply = try await session.get(Self.country)
            #expect(clock.now - started >= .milliseconds(200))
            #expect(reply.status == .serviceUnavailable)
        }
    }

    @Test("rules match the path after the store code, and async paths under /async")
    func pathAfterStore() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.setFaults(#"{"rules":[{"path":"/V1/directory/countries/*","action":"status","status":503},{"path":"/async/V1/*","action":"status","status":502}]}"#, token: token)
            #expect(try await session.get("/rest/default/V1/directory/countries/DE").status == .serviceUnavailable)
            #expect(try await session.get("/rest/all/V1/directory/countries/DE").status == .serviceUnavailable)
            #expect(try await session.get("/index.php/rest/V1/directory/countries/DE").status == .serviceUnavailable)
            #expect(try await session.send(.post, "/rest/async/V1/products", token: token, body: "{}").status == .badGateway)
            #expect(try await session.get("/health").status == .ok)
        }
    }

    @Test("200 requests under the same seed repeat the same statuses; another seed gives another sequence")
    func determinismThroughRouter() async throws {
        try await TestApp.make { $0.rateLimits.enabled = false }.run { session in
            let token = try await session.adminToken()
            let rules = #"{"seed":%d,"rules":[{"action":"status","status":503,"rate":0.2},{"action":"rate_limit","rate":0.2}]}"#
            try await session.setFaults(String(format: rules, 42), token: token)
            let first = try await session.statuses(200, .get, Self.country)
            try await session.setFaults(String(format: rules, 42), token: token)
            let again = try await session.statuses(200, .get, Self.country)
            try await session.setFaults(String(format: rules, 7), token: token)
            let other = try await session.statuses(200, .get, Self.country)
            #expect(first == again)
            #expect(first != other)
            #expect(Set(first) == [200, 429, 503])
            // Rule 1 sees only what rule 0 let through: about 0.2 + 0.8 × 0.2 of requests fail.
            #expect((40...105).contains(first.filter { $0 != 200 }.count))
        }
    }

    @Test("the Prometheus counter counts injected faults by rule and action")
    func metric() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.setFaults(#"{"rules":[{"name":"flaky","action":"status","status":503,"limit":2},{"action":"latency","ms":1}]}"#, token: token)
            _ = try await session.statuses(3, .get, Self.country)
            let scrape = try await session.get("/metrics").text
            #expect(scrape.contains(#"magpie_faults_injected_total{rule="flaky",action="status"} 2"#))
            // The latency rule comes after the status rule, so it fires only once the status rule's limit is spent.
            #expect(scrape.contains(#"magpie_faults_injected_total{rule="rules[1]",action="latency"} 1"#))
        }
    }
}
