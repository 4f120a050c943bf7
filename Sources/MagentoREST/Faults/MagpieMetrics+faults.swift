import Prometheus

extension MagpieMetrics {
    /// One applied fault rule; `rule` is the rule's name, or `rules[<index>]` when it has none.
    public func faultInjected(rule: String, action: String) {
        registry.makeCounter(
            descriptor: Self.name("faults_injected", "total", "Faults injected, by rule and action."),
            labels: [("rule", rule), ("action", action)]
        ).increment()
    }
}
