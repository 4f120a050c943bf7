/// A first-in, first-out lock for async code: waiters suspend instead of blocking a thread.
///
/// SQLite allows one writer at a time; queueing writers here, in arrival order, keeps them from
/// spinning in SQLite's busy handler and keeps latency fair under load. Waiting is not
/// cancellable: a transaction that was asked for is run, so the caller sees its real outcome.
actor AsyncMutex {
    private var isLocked = false
    private var waiters = FIFOWaiters<Void>()

    func lock() async {
        guard isLocked else {
            isLocked = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func unlock() {
        // Ownership passes straight to the next waiter, so `isLocked` stays true and no late
        // arrival can jump the queue.
        guard let waiter = waiters.popFirst() else {
            isLocked = false
            return
        }
        waiter.resume()
    }

    /// Whether a caller is queued for the lock now. Queued callers cannot leave (waiting is not
    /// cancellable), so the holder may rely on the next owner existing.
    var hasWaiters: Bool { !waiters.isEmpty }

    /// Runs `body` while holding the lock and releases it however `body` ends.
    nonisolated func withLock<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        await lock()
        do {
            let result = try await body()
            await unlock()
            return result
        } catch {
            await unlock()
            throw error
        }
    }
}
