import CommerceDomain
import Foundation

/// Named copies of the whole database, to put a store back in a known state between tests
/// (`magpie snapshot`, `/V1/magpie/snapshots`). Each engine uses what it does fastest: files
/// written by `VACUUM INTO` on SQLite, one schema per snapshot on PostgreSQL.
///
/// A restore replaces every table's rows in one transaction. Callers that also hold in-memory
/// state derived from the database (caches, claimed queue work) run it under their `StateGate`
/// and drop that state afterwards (`MagpieApplication.restoreSnapshot` does both).
public struct SnapshotStore: Sendable {
    private enum Engine: Sendable {
        case sqlite(SQLiteSnapshots)
        case postgres(PostgresSnapshots)
    }

    private let engine: Engine

    /// `directory` holds SQLite's snapshot files; PostgreSQL keeps its snapshots in the database.
    public init(storage: Storage, directory: URL) {
        if let sqlite = storage.provider as? SQLiteProvider {
            engine = .sqlite(SQLiteSnapshots(provider: sqlite, directory: directory, clock: storage.clock))
        } else {
            engine = .postgres(PostgresSnapshots(provider: storage.provider, clock: storage.clock))
        }
    }

    /// Saves the database as it is now under `name`, replacing a snapshot of that name.
    @discardableResult
    public func save(_ name: String) async throws -> SnapshotInfo {
        let name = try SnapshotName.validated(name)
        return switch engine {
        case .sqlite(let store): try await store.save(name)
        case .postgres(let store): try await store.save(name)
        }
    }

    /// Puts every table back as it was when `name` was saved, in one transaction.
    public func restore(_ name: String) async throws {
        let name = try SnapshotName.validated(name)
        switch engine {
        case .sqlite(let store): try await store.restore(name)
        case .postgres(let store): try await store.restore(name)
        }
    }

    /// Every snapshot, by name.
    public func list() async throws -> [SnapshotInfo] {
        switch engine {
        case .sqlite(let store): try store.list()
        case .postgres(let store): try await store.list()
        }
    }

    /// Writes a new SQLite database file at `file` (a sandbox's): snapshot `name`'s copy, or
    /// the database as it is now when `name` is nil.
    public func copy(_ name: String?, to file: URL) async throws {
        guard case .sqlite(let store) = engine else { throw SnapshotError.needsSQLite }
        try await store.copy(try name.map(SnapshotName.validated), to: file)
    }

    /// Whether `name` may name a snapshot (or a sandbox): 1 to 40 letters, digits, `_` or `-`.
    public static func isValidName(_ name: String) -> Bool {
        (try? SnapshotName.validated(name)) != nil
    }

    public func delete(_ name: String) async throws {
        let name = try SnapshotName.validated(name)
        switch engine {
        case .sqlite(let store): try store.delete(name)
        case .postgres(let store): try await store.delete(name)
        }
    }
}
