/// A fault rule set as written in a `--faults` file and in the body of `PUT /V1/magpie/faults`
/// (under `faults`): both are read by the same decoder, so they cannot disagree.
public struct FaultRuleSetSpec: Codable, Sendable, Equatable {
    public var seed: Int64?
    public var rules: [FaultRuleSpec]

    public init(seed: Int64? = nil, rules: [FaultRuleSpec]) {
        self.seed = seed
        self.rules = rules
    }
}

/// One rule as written. `matched` and `fired` are only ever sent (by `GET /V1/magpie/faults`):
/// the decoder never asks for them, so a body that carries them is refused as unsupported.
public struct FaultRuleSpec: Codable, Sendable, Equatable {
    public var name: String?
    public var method: String?
    public var path: String?
    public var rate: Double?
    public var limit: Int?
    public var action: String
    public var status: Int?
    public var retryAfter: Int?
    public var ms: Int?
    public var seconds: Double?
    /// Requests that matched the rule's method and path since the rules were set.
    public var matched: Int?
    /// Times the rule was applied.
    public var fired: Int?

    enum CodingKeys: String, CodingKey {
        case name, method, path, rate, limit, action, status
        case retryAfter = "retry_after"
        case ms, seconds, matched, fired
    }

    public init(
        name: String? = nil, method: String? = nil, path: String? = nil, rate: Double? = nil, limit: Int? = nil,
        action: String, status: Int? = nil, retryAfter: Int? = nil, ms: Int? = nil, seconds: Double? = nil
    ) {
        self.name = name
        self.method = method
        self.path = path
        self.rate = rate
        self.limit = limit
        self.action = action
        self.status = status
        self.retryAfter = retryAfter
        self.ms = ms
        self.seconds = seconds
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        method = try container.decodeIfPresent(String.self, forKey: .method)
        path = try container.decodeIfPresent(String.self, forKey: .path)
        rate = try container.decodeIfPresent(Double.self, forKey: .rate)
        limit = try container.decodeIfPresent(Int.self, forKey: .limit)
        action = try container.decode(String.self, forKey: .action)
        status = try container.decodeIfPresent(Int.self, forKey: .status)
        retryAfter = try container.decodeIfPresent(Int.self, forKey: .retryAfter)
        ms = try container.decodeIfPresent(Int.self, forKey: .ms)
        seconds = try container.decodeIfPresent(Double.self, forKey: .seconds)
    }
}
