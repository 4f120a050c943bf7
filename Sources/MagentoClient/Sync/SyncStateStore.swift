/// Where a sync keeps what it has done, so the next run transfers only what changed.
public protocol SyncStateStore: Sendable {
    /// The highest checkpoint value (`updated_at`, `created_at`) fully applied for an entity.
    func checkpoint(_ entity: String) async throws -> String?
    func setCheckpoint(_ entity: String, _ value: String) async throws
    /// The source stamp of the version of a record last applied.
    func appliedStamp(_ entity: String, key: String) async throws -> String?
    func setAppliedStamp(_ entity: String, key: String, stamp: String) async throws
    /// The target's id for a source id (categories get new ids in the target store).
    func targetId(_ entity: String, sourceId: String) async throws -> String?
    func setTargetId(_ entity: String, sourceId: String, targetId: String) async throws
}
