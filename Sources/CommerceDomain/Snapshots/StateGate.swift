import Synchronization

/// Lets a snapshot restore replace the store's whole state between requests: every request and
/// every queue batch runs inside `shared`, a restore inside `exclusive`, which waits for what is
/// running, holds new work back until it is done, and so no request ever sees part of the old
/// state and part of the new.
///
/// Entering `shared` with no restore pending costs one lock and no suspension. A pending
/// restore goes before shared work that arrives after it, so a busy server cannot starve it.
public final class StateGate: Sendable {
    private struct State {
        var active = 0
        var exclusive = false
        var waitingShared: [CheckedContinuation<Void, Never>] = []
        var waitingExclusive: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    public init() {}

    /// Work waiting to enter, shared and exclusive (for tests and diagnostics).
    public var waiting: (shared: Int, exclusive: Int) {
        state.withLock { (shared: $0.waitingShared.count, exclusive: $0.waitingExclusive.count) }
    }

    /// Runs `work` beside other shared work, never during an exclusive one.
    public func shared<T>(_ work: () async throws -> T) async rethrows -> T {
        await enterShared()
        defer { leaveShared() }
        return try await work()
    }

    /// Runs `work` alone: after every shared work running now has ended, before any that waits.
    public func exclusive<T>(_ work: () async throws -> T) async rethrows -> T {
        await enterExclusive()
        defer { leaveExclusive() }
        return try await work()
    }

    private func enterShared() async {
        let entered = state.withLock { state -> Bool in
            guard !state.exclusive, state.waitingExclusive.isEmpty else { return false }
            state.active += 1
            return true
        }
        if entered { return }
        await withCheckedContinuation { continuation in
            let admitted = state.withLock { state -> Bool in
                if !state.exclusive, state.waitingExclusive.isEmpty {
                    state.active += 1
                    return true
                }
                state.waitingShared.append(continuation)
                return false
            }
            if admitted { continuation.resume() }
        }
    }

    private func leaveShared() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            state.active -= 1
            guard state.active == 0, !state.waitingExclusive.isEmpty else { return nil }
            state.exclusive = true
            return state.waitingExclusive.removeFirst()
        }
        next?.resume()
    }

    private func enterExclusive() async {
        await withCheckedContinuation { continuation in
            let admitted = state.withLock { state -> Bool in
                if !state.exclusive, state.active == 0 {
                    state.exclusive = true
                    return true
                }
                state.waitingExclusive.append(continuation)
                return false
            }
            if admitted { continuation.resume() }
        }
    }

    private func leaveExclusive() {
        let (nextExclusive, released) = state.withLock { state -> (CheckedContinuation<Void, Never>?, [CheckedContinuation<Void, Never>]) in
            if !state.waitingExclusive.isEmpty {
                return (state.waitingExclusive.removeFirst(), [])
            }
            state.exclusive = false
            let released = state.waitingShared
            state.waitingShared = []
            state.active += released.count
            return (nil, released)
        }
        nextExclusive?.resume()
        for continuation in released { continuation.resume() }
    }
}
