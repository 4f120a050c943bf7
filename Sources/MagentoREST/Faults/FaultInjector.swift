import Synchronization

/// The fault rules in force and their counters, shared by the pipeline that applies them and
/// the admin routes that change them; plus the tokens `expire_token` has revoked.
///
/// Composition: rules are tried in order; a `latency` rule that fires adds its delay and the
/// walk goes on, and the first other rule that fires ends it. Every rule whose method and path
/// match counts the request (its `n`) whether or not an earlier rule fired, so each rule's
/// sequence of rolls depends only on the seed, its index and the requests it matches.
public final class FaultInjector: Sendable {
    struct State {
        var plan: FaultPlan
        var matched: [Int]
        var fired: [Int]

        init(_ plan: FaultPlan) {
            self.plan = plan
            self.matched = Array(repeating: 0, count: plan.rules.count)
            self.fired = Array(repeating: 0, count: plan.rules.count)
        }
    }

    private let state: Mutex<State>
    private let revoked = Mutex<Set<String>>([])
    /// Read without the lock on every request, so a server with no rules pays almost nothing.
    private let active: Atomic<Bool>

    public init(plan: FaultPlan = .empty) {
        self.state = Mutex(State(plan))
        self.active = Atomic(!plan.rules.isEmpty)
    }

    /// Whether any rule is set.
    public var isActive: Bool { active.load(ordering: .relaxed) }

    /// Replaces the rules and starts every counter again from zero.
    public func replace(with plan: FaultPlan) {
        state.withLock { state in
            state = State(plan)
            active.store(!plan.rules.isEmpty, ordering: .relaxed)
        }
    }

    /// The rules in force, each with its `matched` and `fired` counts.
    public func report() -> FaultRuleSetSpec {
        state.withLock { $0.plan.spec(matched: $0.matched, fired: $0.fired) }
    }

    /// Rolls the dice of every rule that matches the request and advances the counters.
    /// `path` is the path after `/rest[/<store>]`, such as `/V1/products/abc` or `/async/V1/orders`.
    public func decide(method: String, path: String, hasBearer: Bool) -> FaultDecision {
        state.withLock { state in
            guard !state.plan.rules.isEmpty else { return .none }
            var decision = FaultDecision()
            for (index, rule) in state.plan.rules.enumerated() where rule.matches(method: method, path: path, hasBearer: hasBearer) {
                state.matched[index] += 1
                guard decision.action == nil else { continue }
                if let limit = rule.limit, state.fired[index] >= limit { continue }
                guard FaultDice.fires(rate: rule.rate, seed: state.plan.seed, rule: index, request: state.matched[index]) else {
                    continue
                }
                state.fired[index] += 1
                decision.fired.append(.init(rule: rule.label(index: index), action: rule.action.word))
                if case .latency(let ms) = rule.action {
                    decision.delayMilliseconds += ms
                } else {
                    decision.action = rule.action
                }
            }
            return decision
        }
    }

    /// Makes a bearer token (JWT or integration access token) stop working in this process.
    public func revoke(token: String) {
        revoked.withLock { _ = $0.insert(token) }
    }

    public func isRevoked(token: String) -> Bool {
        revoked.withLock { $0.contains(token) }
    }
}
