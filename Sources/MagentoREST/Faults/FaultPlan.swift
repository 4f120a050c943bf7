import MagentoWire

/// A validated rule set: the seed and the rules in the order they are tried.
public struct FaultPlan: Sendable, Equatable {
    public var seed: UInt64
    public var rules: [FaultRule]

    public static let empty = FaultPlan(seed: 0, rules: [])

    public init(seed: UInt64, rules: [FaultRule]) {
        self.seed = seed
        self.rules = rules
    }

    public init(_ spec: FaultRuleSetSpec) throws(FaultRuleError) {
        var rules: [FaultRule] = []
        for (index, rule) in spec.rules.enumerated() { rules.append(try FaultRule(rule, index: index)) }
        self.init(seed: UInt64(bitPattern: spec.seed ?? 0), rules: rules)
    }

    /// Reads a `--faults` file's JSON with the decoder the admin route uses; every problem,
    /// syntax included, comes back as a `FaultRuleError`.
    public init(json bytes: [UInt8]) throws(FaultRuleError) {
        let spec: FaultRuleSetSpec
        do {
            let value = try JSONValue.parse(bytes)
            spec = try MagentoDecoder().decode(FaultRuleSetSpec.self, from: value)
        } catch let error as BindingError {
            throw FaultRuleError(rule: nil, error.errorBody.renderedMessage)
        } catch {
            throw FaultRuleError(rule: nil, "not valid JSON (\(error)).")
        }
        try self.init(spec)
    }

    /// The rules as written back, with what each has matched and fired so far.
    func spec(matched: [Int], fired: [Int]) -> FaultRuleSetSpec {
        FaultRuleSetSpec(seed: Int64(bitPattern: seed), rules: rules.indices.map { index in
            var spec = rules[index].spec
            spec.matched = matched[index]
            spec.fired = fired[index]
            return spec
        })
    }
}
