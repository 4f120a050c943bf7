import CommerceDomain
import CommerceStorage
import Foundation
import Logging

/// `magpie snapshot …`: save, restore, list and delete snapshots straight on the database. A
/// running server keeps its caches across a restore made this way: restore through
/// `POST /V1/magpie/snapshots/{name}/restore` while it runs.
public enum SnapshotAdmin {
    public static func save(_ configuration: ServerConfiguration, name: String, logger: Logger) async throws -> SnapshotInfo {
        try await with(configuration, logger: logger) { try await $0.save(name) }
    }

    /// Restores `name` and says how long the restore itself took.
    public static func restore(_ configuration: ServerConfiguration, name: String, logger: Logger) async throws -> Duration {
        try await with(configuration, logger: logger) { store in
            let started = ContinuousClock.now
            try await store.restore(name)
            return ContinuousClock.now - started
        }
    }

    public static func list(_ configuration: ServerConfiguration, logger: Logger) async throws -> [SnapshotInfo] {
        try await with(configuration, logger: logger) { try await $0.list() }
    }

    public static func delete(_ configuration: ServerConfiguration, name: String, logger: Logger) async throws {
        try await with(configuration, logger: logger) { try await $0.delete(name) }
    }

    private static func with<T: Sendable>(
        _ configuration: ServerConfiguration, logger: Logger, _ body: (SnapshotStore) async throws -> T
    ) async throws -> T {
        try await AdminStorage.with(configuration, logger: logger) { storage in
            try await body(SnapshotStore(storage: storage, directory: configuration.snapshotFolder()))
        }
    }
}
