/// One sandbox as listed.
public struct SandboxInfo: Sendable, Equatable, Codable {
    public let name: String
    /// The snapshot it started from; nil when it started as a copy of the main store.
    public let snapshot: String?
    /// When it last answered a request, by the main store's clock.
    public let lastUsedAt: String

    public init(name: String, snapshot: String?, lastUsedAt: String) {
        self.name = name
        self.snapshot = snapshot
        self.lastUsedAt = lastUsedAt
    }

    enum CodingKeys: String, CodingKey {
        case name, snapshot
        case lastUsedAt = "last_used_at"
    }
}
