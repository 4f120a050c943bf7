import MagentoREST
import Testing

@Suite("Fault rules: glob, dice and validation")
struct FaultRuleTests {
    @Test("a glob's star spans any run of characters, slashes included, and the rest is literal")
    func glob() {
        let products = FaultPathPattern("/V1/products*")
        #expect(products.matches("/V1/products"))
        #expect(products.matches("/V1/products/abc/media"))
        #expect(!products.matches("/V1/categories"))
        #expect(!products.matches("/async/V1/products"))
        let middle = FaultPathPattern("*/orders/*/comments")
        #expect(middle.matches("/V1/orders/12/comments"))
        #expect(middle.matches("/async/V1/orders/1/2/comments"))
        #expect(!middle.matches("/V1/orders/12/comments/1"))
        #expect(FaultPathPattern("/V1/store/websites").matches("/V1/store/websites"))
        #expect(!FaultPathPattern("/V1/store/websites").matches("/V1/store/Websites"))
        #expect(FaultPathPattern("*").matches(""))
        #expect(FaultPathPattern("/V1/*/*s").matches("/V1/a/bs"))
    }

    @Test("the dice are a pure function of seed, rule and request number")
    func dicePure() {
        let first = (1...200).map { FaultDice.roll(seed: 42, rule: 3, request: $0) }
        let again = (1...200).map { FaultDice.roll(seed: 42, rule: 3, request: $0) }
        #expect(first == again)
        #expect(first.allSatisfy { (0..<1).contains($0) })
        #expect(first != (1...200).map { FaultDice.roll(seed: 43, rule: 3, request: $0) })
        #expect(first != (1...200).map { FaultDice.roll(seed: 42, rule: 4, request: $0) })
    }

    @Test("a rate of 0.25 fires on about a quarter of rolls; 1 always and 0 never")
    func diceRate() {
        let fired = (1...10_000).filter { FaultDice.fires(rate: 0.25, seed: 7, rule: 0, request: $0) }.count
        #expect((2_300...2_700).contains(fired))
        #expect((1...1_000).allSatisfy { FaultDice.fires(rate: 1, seed: 7, rule: 0, request: $0) })
        #expect(!(1...1_000).contains { FaultDice.fires(rate: 0, seed: 7, rule: 0, request: $0) })
    }

    @Test("a file's JSON becomes a plan with defaults filled in")
    func parsesFile() throws {
        let plan = try FaultPlan(json: Array("""
            {"seed": 42, "rules": [
              {"name": "flaky-writes", "method": "post", "path": "/V1/products*", "rate": 0.1, "limit": 100,
               "action": "status", "status": 503},
              {"action": "rate_limit"},
              {"action": "latency", "ms": 250},
              {"action": "drop"},
              {"action": "hang"},
              {"action": "expire_token"}
            ]}
            """.utf8))
        #expect(plan.seed == 42)
        #expect(plan.rules.map(\.action) == [
            .status(503), .rateLimit(retryAfter: 1), .latency(milliseconds: 250), .drop, .hang(seconds: 60), .expireToken,
        ])
        #expect(plan.rules[0].method == "POST")
        #expect(plan.rules[0].path == FaultPathPattern("/V1/products*"))
        #expect(plan.rules[0].rate == 0.1)
        #expect(plan.rules[0].limit == 100)
        #expect(plan.rules[1].rate == 1)
        #expect(plan.rules[1].method == nil)
    }

    @Test("each invalid rule is refused with its index and what to change", arguments: [
        (#"{"rules":[{"action":"status","status":404}]}"#, #"rules[0]: "status" must be 500, 502, 503 or 504 for the status action."#),
        (#"{"rules":[{"action":"drop"},{"action":"explode"}]}"#, #"rules[1]: "action" must be status, rate_limit, latency, drop, hang or expire_token."#),
        (#"{"rules":[{"action":"drop","rate":1.5}]}"#, #"rules[0]: "rate" must be between 0 and 1."#),
        (#"{"rules":[{"action":"drop","method":"PATCH"}]}"#, #"rules[0]: "method" must be GET, POST, PUT or DELETE."#),
        (#"{"rules":[{"action":"drop","path":"V1/products"}]}"#, #"rules[0]: "path" must start with "/" or "*"."#),
        (#"{"rules":[{"action":"latency"}]}"#, #"rules[0]: "ms" must be 0 to 600000 for the latency action."#),
        (#"{"rules":[{"action":"hang","seconds":0}]}"#, #"rules[0]: "seconds" must be above 0 and at most 3600."#),
        (#"{"rules":[{"action":"rate_limit","retry_after":0}]}"#, #"rules[0]: "retry_after" must be 1 to 86400 seconds."#),
        (#"{"rules":[{"action":"drop","limit":-1}]}"#, #"rules[0]: "limit" must not be negative."#),
        (#"{"rules":[{"action":"latency","ms":5,"status":503}]}"#, #"rules[0]: "status" does not apply to the latency action."#),
        (#"{"rules":[{"action":"drop","colour":"red"}]}"#, #""Colour" is not supported. Correct the field name and try again."#),
        (#"{"seed":1}"#, #""rules" is required. Enter and try again."#),
        (#"{"rules":[}"#, "not valid JSON (unexpectedByte(125, offset: 10))."),
    ])
    func refusesInvalid(json: String, message: String) {
        #expect(throws: FaultRuleError.self) { try FaultPlan(json: Array(json.utf8)) }
        do {
            _ = try FaultPlan(json: Array(json.utf8))
        } catch {
            #expect(error.description == message)
        }
    }
}
