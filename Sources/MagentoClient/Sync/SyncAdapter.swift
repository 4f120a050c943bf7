import MagentoWire

/// Teaches the sync engine one entity type: how to list it, identify a record, read its
/// checkpoint stamp, and apply it to the target idempotently. Products and categories ship;
/// customers and orders plug in the same way.
public protocol SyncAdapter: Sendable {
    associatedtype Record: Codable & Sendable

    /// The name used in reports, checkpoints and `--entities` (`products`).
    var entity: String { get }
    /// The field checkpoints follow: `updated_at` (orders: `created_at`).
    var checkpointField: String { get }
    /// A failing critical entity stops the run; a non-critical one is skipped and reported.
    var isCritical: Bool { get }
    /// At most this many records applied at once (1 where records depend on each other).
    var maximumConcurrency: Int { get }

    /// One page of the source's records matching `criteria` (the engine adds the checkpoint filter and keyset paging).
    func fetch(_ criteria: SearchCriteria, from source: MagentoClient) async throws -> SearchResults<Record>
    /// The numeric, unique key used for keyset paging (`entity_id`).
    func pagingKey(of record: Record) -> Int?
    /// The record's identity for skip checks and reports (a SKU, an id).
    func key(of record: Record) -> String
    /// The record's checkpoint stamp, `YYYY-MM-DD HH:MM:SS`.
    func stamp(of record: Record) -> String?
    /// Writes the record into the target. Must be safe to repeat.
    func apply(_ record: Record, context: SyncContext) async throws
}

extension SyncAdapter {
    public var checkpointField: String { "updated_at" }
    public var isCritical: Bool { false }
    public var maximumConcurrency: Int { .max }
}

/// What an adapter may use while applying: both stores and the state file (for id maps).
public struct SyncContext: Sendable {
    public let source: MagentoClient
    public let target: MagentoClient
    public let state: any SyncStateStore
}
