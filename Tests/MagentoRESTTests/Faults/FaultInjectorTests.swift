import Foundation
import MagentoREST
import Testing

@Suite("Fault injector: composition, limits and repeatable runs")
struct FaultInjectorTests {
    static func plan(_ json: String) throws -> FaultPlan {
        try FaultPlan(json: Array(json.utf8))
    }

    /// What each of `count` identical requests got, as a short word.
    static func outcomes(_ injector: FaultInjector, count: Int, method: String = "GET", path: String = "/V1/products") -> [String] {
        (0..<count).map { _ in
            let decision = injector.decide(method: method, path: path, hasBearer: true)
            let action = decision.action.map { "\($0)" } ?? "pass"
            return decision.delayMilliseconds > 0 ? "\(decision.delayMilliseconds)ms+\(action)" : action
        }
    }

    static let mixed = """
        {"seed": %SEED%, "rules": [
          {"action": "latency", "ms": 5, "rate": 0.3},
          {"action": "status", "status": 503, "rate": 0.2},
          {"action": "rate_limit", "rate": 0.2},
          {"action": "drop", "rate": 0.05}
        ]}
        """

    @Test("the same seed and request order give the same 200 outcomes; another seed, others")
    func determinism() throws {
        let run = { (seed: Int) in
            Self.outcomes(FaultInjector(plan: try Self.plan(Self.mixed.replacingOccurrences(of: "%SEED%", with: "\(seed)"))), count: 200)
        }
        let first = try run(42)
        #expect(try run(42) == first)
        #expect(try run(43) != first)
        // The run is not trivially uniform: every kind of outcome shows up.
        #expect(Set(first.map { $0.replacingOccurrences(of: "5ms+", with: "") }).count == 4)
    }

    @Test("a fired latency adds its delay and the walk goes on to a later rule")
    func latencyComposes() throws {
        let injector = FaultInjector(plan: try Self.plan("""
            {"rules": [{"action": "latency", "ms": 40}, {"action": "latency", "ms": 2}, {"action": "status", "status": 502}]}
            """))
        let decision = injector.decide(method: "GET", path: "/V1/x", hasBearer: false)
        #expect(decision.delayMilliseconds == 42)
        #expect(decision.action == .status(502))
        #expect(decision.fired.map(\.rule) == ["rules[0]", "rules[1]", "rules[2]"])
    }

    @Test("the first other rule that fires wins; later rules still count the request but do not fire")
    func firstWins() throws {
        let injector = FaultInjector(plan: try Self.plan("""
            {"rules": [{"name": "a", "action": "status", "status": 500}, {"name": "b", "action": "drop"}]}
            """))
        _ = injector.decide(method: "GET", path: "/V1/x", hasBearer: false)
        let report = injector.report()
        #expect(report.rules.map(\.matched) == [1, 1])
        #expect(report.rules.map(\.fired) == [1, 0])
    }

    @Test("method, path and the bearer token decide which rules match")
    func matching() throws {
        let injector = FaultInjector(plan: try Self.plan("""
            {"rules": [{"method": "POST", "path": "/V1/orders*", "action": "status", "status": 503},
                       {"action": "expire_token"}]}
            """))
        #expect(injector.decide(method: "GET", path: "/V1/orders", hasBearer: false).isNone)
        #expect(injector.decide(method: "POST", path: "/V1/products", hasBearer: false).isNone)
        #expect(injector.decide(method: "POST", path: "/V1/orders/1/comments", hasBearer: false).action == .status(503))
        #expect(injector.decide(method: "GET", path: "/V1/products", hasBearer: true).action == .expireToken)
    }

    @Test("a rule stops firing after its limit")
    func limit() throws {
        let injector = FaultInjector(plan: try Self.plan(#"{"rules": [{"action": "status", "status": 500, "limit": 3}]}"#))
        let outcomes = Self.outcomes(injector, count: 5)
        #expect(outcomes == ["status(500)", "status(500)", "status(500)", "pass", "pass"])
        #expect(injector.report().rules.first?.fired == 3)
        #expect(injector.report().rules.first?.matched == 5)
    }

    @Test("replacing the rules starts the counters and the dice again")
    func replaceResets() throws {
        let plan = try Self.plan(Self.mixed.replacingOccurrences(of: "%SEED%", with: "9"))
        let injector = FaultInjector(plan: plan)
        let first = Self.outcomes(injector, count: 50)
        injector.replace(with: plan)
        #expect(Self.outcomes(injector, count: 50) == first)
        injector.replace(with: .empty)
        #expect(!injector.isActive)
        #expect(injector.decide(method: "GET", path: "/V1/products", hasBearer: true).isNone)
    }

    @Test("a revoked token stays revoked when the rules are cleared")
    func revocation() {
        let injector = FaultInjector()
        #expect(!injector.isRevoked(token: "abc"))
        injector.revoke(token: "abc")
        injector.replace(with: .empty)
        #expect(injector.isRevoked(token: "abc"))
        #expect(!injector.isRevoked(token: "abd"))
    }
}
