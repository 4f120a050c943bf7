/// Suspended callers in arrival order, for the async locks and pools here: taking the oldest
/// is O(1), and the served prefix is dropped now and then so a never-empty queue does not grow.
struct FIFOWaiters<Value: Sendable> {
    private var waiters: [CheckedContinuation<Value, Never>] = []
    private var next = 0

    mutating func append(_ waiter: CheckedContinuation<Value, Never>) {
        waiters.append(waiter)
    }

    var isEmpty: Bool { next >= waiters.count }

    /// The oldest waiter, removed from the queue; nil when none waits.
    mutating func popFirst() -> CheckedContinuation<Value, Never>? {
        guard next < waiters.count else {
            waiters.removeAll(keepingCapacity: true)
            next = 0
            return nil
        }
        let waiter = waiters[next]
        next += 1
        if next >= 64, next * 2 >= waiters.count {
            waiters.removeFirst(next)
            next = 0
        }
        return waiter
    }
}
