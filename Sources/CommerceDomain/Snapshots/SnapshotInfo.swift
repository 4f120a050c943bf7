/// A snapshot as `list` reports it.
public struct SnapshotInfo: Sendable, Equatable, Codable {
    public let name: String
    /// When it was saved, by the store's clock (`YYYY-MM-DD HH:MM:SS` UTC).
    public let createdAt: String

    public init(name: String, createdAt: String) {
        self.name = name
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case name
        case createdAt = "created_at"
    }
}
