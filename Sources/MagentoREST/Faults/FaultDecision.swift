/// What the rules decided for one request: a delay to add, and at most one fault that replaces
/// the normal answer (or, for `expire_token`, changes who the caller is).
public struct FaultDecision: Sendable, Equatable {
    /// One applied rule, for logs and the metric.
    public struct Firing: Sendable, Equatable {
        public var rule: String
        public var action: String
    }

    public var delayMilliseconds = 0
    public var action: FaultRule.Action?
    public var fired: [Firing] = []

    public static let none = FaultDecision()

    public var isNone: Bool { fired.isEmpty }
}
