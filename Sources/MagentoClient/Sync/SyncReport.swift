/// The outcome of a sync run, written as the CLI's JSON report.
public struct SyncReport: Codable, Sendable {
    public var entities: [EntityReport] = []
    /// Retries made by the source and target clients together.
    public var retries = 0
    public var requests = 0
    /// New tokens obtained after a 401, source and target together.
    public var tokenRefreshes = 0

    /// True when every entity synced without a failed record or a skipped resource.
    public var isComplete: Bool { entities.allSatisfy { $0.status == .ok } }
    public var failedRecords: Int { entities.reduce(0) { $0 + $1.failed } }

    public init() {}
}

/// One entity's part of a sync.
public struct EntityReport: Codable, Sendable {
    public enum Status: String, Codable, Sendable {
        /// Everything listed was applied or skipped as not newer.
        case ok
        /// Some records failed; the others were applied.
        case partial
        /// The entity could not be listed or was stopped; nothing after the failure was applied.
        case failed
        /// A non-critical entity that failed and was skipped.
        case skipped
    }

    public var entity: String
    public var status: Status = .ok
    public var fetched = 0
    public var applied = 0
    /// Records not newer than the version already applied.
    public var unchanged = 0
    public var failed = 0
    public var checkpoint: String?
    public var message: String?
    /// The ``MagentoClientError/Code`` that failed or skipped the entity (`unauthorized`, `token_expired`, `http`, …).
    public var errorCode: String?
    public var failures: [RecordFailure] = []

    public init(entity: String) {
        self.entity = entity
    }
}

/// A record that could not be applied.
public struct RecordFailure: Codable, Sendable {
    public var key: String
    public var message: String
    public var status: Int?
}
