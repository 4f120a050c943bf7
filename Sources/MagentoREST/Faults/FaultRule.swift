/// A validated fault rule: where it applies, how often, and what it does.
public struct FaultRule: Sendable, Equatable {
    public enum Action: Sendable, Equatable {
        /// 500, 502, 503 or 504 with a Magento-style error body.
        case status(Int)
        /// 429 with `Retry-After`, as the real rate limiter answers.
        case rateLimit(retryAfter: Int)
        /// A delay before the request goes on (to the handler or to a later rule's fault).
        case latency(milliseconds: Int)
        /// The connection is closed without a response.
        case drop
        /// Nothing is answered for this long, then the connection is closed.
        case hang(seconds: Double)
        /// The request's bearer token is revoked for the rest of the process's life.
        case expireToken

        /// The `action` word, also the metric label.
        public var word: String {
            switch self {
            case .status: "status"
            case .rateLimit: "rate_limit"
            case .latency: "latency"
            case .drop: "drop"
            case .hang: "hang"
            case .expireToken: "expire_token"
            }
        }
    }

    public var name: String?
    public var method: String?
    public var path: FaultPathPattern?
    public var rate: Double
    public var limit: Int?
    public var action: Action

    static let statuses: Set<Int> = [500, 502, 503, 504]
    static let methods: Set<String> = ["GET", "POST", "PUT", "DELETE"]

    /// Validates one written rule; `index` names it in errors.
    public init(_ spec: FaultRuleSpec, index: Int) throws(FaultRuleError) {
        func fail(_ reason: String) -> FaultRuleError { FaultRuleError(rule: index, reason) }
        name = spec.name
        if let method = spec.method {
            guard Self.methods.contains(method.uppercased()) else { throw fail("\"method\" must be GET, POST, PUT or DELETE.") }
            self.method = method.uppercased()
        }
        if let path = spec.path {
            guard path.hasPrefix("/") || path.hasPrefix("*") else { throw fail("\"path\" must start with \"/\" or \"*\".") }
            self.path = FaultPathPattern(path)
        }
        rate = spec.rate ?? 1
        guard rate.isFinite, (0...1).contains(rate) else { throw fail("\"rate\" must be between 0 and 1.") }
        if let limit = spec.limit, limit < 0 { throw fail("\"limit\" must not be negative.") }
        limit = spec.limit
        action = try Self.action(spec, fail: fail)
    }

    private static func action(_ spec: FaultRuleSpec, fail: (String) -> FaultRuleError) throws(FaultRuleError) -> Action {
        let used: [(String, Bool)] = [
            ("status", spec.status != nil), ("retry_after", spec.retryAfter != nil), ("ms", spec.ms != nil),
            ("seconds", spec.seconds != nil),
        ]
        let own: Set<String>
        let action: Action
        switch spec.action {
        case "status":
            guard let status = spec.status, statuses.contains(status) else {
                throw fail("\"status\" must be 500, 502, 503 or 504 for the status action.")
            }
            (own, action) = (["status"], .status(status))
        case "rate_limit":
            let retryAfter = spec.retryAfter ?? 1
            guard (1...86_400).contains(retryAfter) else { throw fail("\"retry_after\" must be 1 to 86400 seconds.") }
            (own, action) = (["retry_after"], .rateLimit(retryAfter: retryAfter))
        case "latency":
            guard let ms = spec.ms, (0...600_000).contains(ms) else {
                throw fail("\"ms\" must be 0 to 600000 for the latency action.")
            }
            (own, action) = (["ms"], .latency(milliseconds: ms))
        case "drop":
            (own, action) = ([], .drop)
        case "hang":
            let seconds = spec.seconds ?? 60
            guard seconds.isFinite, seconds > 0, seconds <= 3600 else { throw fail("\"seconds\" must be above 0 and at most 3600.") }
            (own, action) = (["seconds"], .hang(seconds: seconds))
        case "expire_token":
            (own, action) = ([], .expireToken)
        default:
            throw fail("\"action\" must be status, rate_limit, latency, drop, hang or expire_token.")
        }
        // A field another action reads is almost always a typo in the file: say so instead of ignoring it.
        if let stray = used.first(where: { $0.1 && !own.contains($0.0) }) {
            throw fail("\"\(stray.0)\" does not apply to the \(spec.action) action.")
        }
        return action
    }

    /// Whether the rule applies to a request. `expire_token` needs a bearer token to expire.
    func matches(method: String, path: String, hasBearer: Bool) -> Bool {
        if let ruleMethod = self.method, ruleMethod != method { return false }
        if let pattern = self.path, !pattern.matches(path) { return false }
        if action == .expireToken, !hasBearer { return false }
        return true
    }

    /// The rule as written back (`GET /V1/magpie/faults`), defaults filled in.
    var spec: FaultRuleSpec {
        var spec = FaultRuleSpec(name: name, method: method, path: path?.text, rate: rate, limit: limit, action: action.word)
        switch action {
        case .status(let status): spec.status = status
        case .rateLimit(let retryAfter): spec.retryAfter = retryAfter
        case .latency(let ms): spec.ms = ms
        case .hang(let seconds): spec.seconds = seconds
        case .drop, .expireToken: break
        }
        return spec
    }

    /// How logs and the metric name the rule: its name, else its position.
    func label(index: Int) -> String {
        name ?? "rules[\(index)]"
    }
}
