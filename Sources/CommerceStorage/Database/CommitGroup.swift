import Synchronization

/// Transactions that share one SQLite commit (group commit, see `SQLiteProvider.transaction`).
///
/// With `synchronous=FULL` every commit waits for an fsync of the WAL, a few milliseconds on a
/// virtual disk, and the single writer serialises them: that, not the statements, bounded
/// concurrent saves. While callers queue for the writer, each one's work runs in a savepoint of
/// one open transaction, and the last of the queue commits for all of them. Every member still
/// answers only after the commit that holds its writes (durability is unchanged); a member whose
/// work throws is rolled back to its savepoint and answers at once.
final class CommitGroup: Sendable {
    private let state = Mutex(State())

    private struct State {
        var members = 0
        var broken = false
        var outcome: Result<Void, any Error>?
        var waiters: [CheckedContinuation<Void, any Error>] = []
    }

    /// Adds a member; returns its savepoint's number in the group.
    func join() -> Int {
        state.withLock { state in
            state.members += 1
            return state.members
        }
    }

    var members: Int { state.withLock { $0.members } }

    /// A savepoint could not be rolled back: committing would keep part of a failed member's work.
    func markBroken() { state.withLock { $0.broken = true } }

    var isBroken: Bool { state.withLock { $0.broken } }

    /// Records how the shared commit ended and wakes every member waiting for it.
    func resolve(_ outcome: Result<Void, any Error>) {
        let waiters = state.withLock { state in
            state.outcome = outcome
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(with: outcome) }
    }

    /// Returns once the group committed, or throws what ended it.
    func committed() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let outcome = state.withLock { state in
                if state.outcome == nil { state.waiters.append(continuation) }
                return state.outcome
            }
            if let outcome { continuation.resume(with: outcome) }
        }
    }
}
