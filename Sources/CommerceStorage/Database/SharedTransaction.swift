import Logging
import SQLKit
import Synchronization

/// One open transaction that every storage call of the current task joins (see
/// `DatabaseProvider.sharedTransaction`): reads run on its connection and so see its uncommitted
/// writes, and each inner `transaction` becomes a savepoint that rolls back alone when it throws.
///
/// It is bound to the task, not passed around, so the handlers and repositories a queued
/// operation runs through stay exactly as they are for a synchronous request.
final class SharedTransaction: Sendable {
    @TaskLocal static var current: SharedTransaction?

    let db: any SQLDatabase
    /// The provider that opened it: a call on another provider (another database) does not join.
    private let owner: ObjectIdentifier
    private let state = Mutex(State())

    private struct State {
        var savepoints = 0
        var open = true
        var broken = false
    }

    private init(db: any SQLDatabase, owner: ObjectIdentifier) {
        self.db = db
        self.owner = owner
    }

    /// The shared transaction `provider`'s calls must join, if the task is inside one of its.
    ///
    /// A closed one is never joined: a task started inside the scope inherits the task-local
    /// and could otherwise reach a connection whose transaction has already ended.
    static func joinable(by provider: AnyObject) -> SharedTransaction? {
        guard let shared = current, shared.owner == ObjectIdentifier(provider) else { return nil }
        return shared.state.withLock { $0.open } ? shared : nil
    }

    /// Runs `work` with a shared transaction on `db` bound to the task; `db` is already inside
    /// its BEGIN, and the caller commits or rolls back.
    static func run<T: Sendable>(
        on db: any SQLDatabase, owner provider: AnyObject, _ work: @Sendable () async throws -> T
    ) async throws -> T {
        let shared = SharedTransaction(db: db, owner: ObjectIdentifier(provider))
        defer { shared.state.withLock { $0.open = false } }
        let result = try await $current.withValue(shared) { try await work() }
        // Committing after a failed rollback would keep part of the work that failed.
        if shared.state.withLock({ $0.broken }) { throw StorageError.sharedTransactionBroken }
        return result
    }

    /// An inner transaction: a savepoint of the shared one (see `SQLDatabase.savepoint`). When
    /// it cannot be rolled back, the shared transaction is not committed.
    func savepoint<T: Sendable>(logger: Logger, _ work: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let name = "magpie_sp_" + String(state.withLock { state in
            state.savepoints += 1
            return state.savepoints
        })
        return try await db.savepoint(name, logger: logger, broken: { state.withLock { $0.broken = true } }, work)
    }
}
