/// The snapshot operations the admin routes and the CLI offer (`/V1/magpie/snapshots`,
/// `magpie snapshot`); the server implements it over storage, its state gate and its caches.
public protocol SnapshotManaging: Sendable {
    func save(_ name: String) async throws -> SnapshotInfo
    /// Replaces the whole store's state with the snapshot's; requests see the old state or the new.
    func restore(_ name: String) async throws
    func list() async throws -> [SnapshotInfo]
    func delete(_ name: String) async throws
}
