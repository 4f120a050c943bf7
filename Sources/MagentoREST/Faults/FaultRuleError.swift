/// Why a rule set was refused: which rule (its index in `rules`) and what to change.
public struct FaultRuleError: Error, Sendable, Equatable, CustomStringConvertible {
    public var rule: Int?
    public var reason: String

    public init(rule: Int?, _ reason: String) {
        self.rule = rule
        self.reason = reason
    }

    public var description: String {
        rule.map { "rules[\($0)]: \(reason)" } ?? reason
    }
}
