import Synchronization

/// A read shared by the requests that ask for it at the same time, without ever answering a
/// request with a read that began before it asked.
///
/// The response cache checks the database's write version on every cacheable GET, so that a
/// read after any write (on any node) never sees an old answer. Under load that is one statement
/// per request for the same number. Here a request joins the next read to start: while one read
/// is running, every request that arrives waits for the one that starts when it ends, and that
/// single read answers them all. Each answer comes from a read begun after its request arrived,
/// so the guarantee holds; the statements drop to one per read's duration.
final class CoalescedRead<Value: Sendable>: Sendable {
    private struct State {
        var running = false
        var waiting: [CheckedContinuation<Value, Never>] = []
    }

    private let state = Mutex(State())
    private let read: @Sendable () async -> Value

    init(_ read: @escaping @Sendable () async -> Value) {
        self.read = read
    }

    func value() async -> Value {
        await withCheckedContinuation { continuation in
            let starts = state.withLock { state in
                state.waiting.append(continuation)
                guard !state.running else { return false }
                state.running = true
                return true
            }
            if starts { Task { await self.drain() } }
        }
    }

    /// Reads for whoever is waiting, again and again, until no one is.
    private func drain() async {
        while true {
            let batch = state.withLock { state in
                let batch = state.waiting
                state.waiting.removeAll()
                if batch.isEmpty { state.running = false }
                return batch
            }
            guard !batch.isEmpty else { return }
            let value = await read()
            for waiter in batch { waiter.resume(returning: value) }
        }
    }
}
