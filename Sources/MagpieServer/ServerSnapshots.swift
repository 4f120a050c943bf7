import CommerceDomain
import CommerceStorage
import Synchronization

/// Snapshots as the server offers them: a restore runs with every request and queue batch held
/// off (the state gate), then drops what this process kept in memory about the old state.
public struct ServerSnapshots: SnapshotManaging {
    let store: SnapshotStore
    let gate: StateGate
    let storage: Storage
    let hooks: RestoreHooks

    public func save(_ name: String) async throws -> SnapshotInfo {
        try await store.save(name)
    }

    public func restore(_ name: String) async throws {
        try await gate.exclusive {
            try await store.restore(name)
            await storage.dropCaches()
            hooks.run()
        }
    }

    public func list() async throws -> [SnapshotInfo] {
        try await store.list()
    }

    public func delete(_ name: String) async throws {
        try await store.delete(name)
    }
}

/// What a restore must forget besides the repositories' caches, registered as the server is
/// assembled (the responder, which answers through the snapshot routes, comes after them).
final class RestoreHooks: Sendable {
    private let hooks = Mutex<[@Sendable () -> Void]>([])

    func add(_ hook: @escaping @Sendable () -> Void) {
        hooks.withLock { $0.append(hook) }
    }

    func run() {
        for hook in hooks.withLock({ $0 }) { hook() }
    }
}
