import Synchronization

/// The queued operation the current task is applying, so storage can make it exactly-once.
///
/// The worker sets `OperationRun.current` around a handler. The first transaction the handler
/// commits also inserts the operation's id into an "applied" table, atomically with the
/// operation's own writes. If the worker dies after that commit but before it records the
/// outcome, the lease expires and the operation runs again: its first transaction then finds the
/// id already there and throws ``OperationAlreadyApplied`` instead of applying it a second time.
///
/// Only an operation's first transaction is guarded; a handler that commits twice (an image
/// upload followed by the product change) could be cut between them and would not be resumed.
public final class OperationRun: Sendable {
    @TaskLocal public static var current: OperationRun?

    public let operationId: Int
    private let marked = Mutex(false)

    public init(operationId: Int) {
        self.operationId = operationId
    }

    /// True the first time it is asked in this run: that transaction carries the marker.
    public func claimMarker() -> Bool {
        marked.withLock { marked in
            defer { marked = true }
            return !marked
        }
    }
}

/// An operation's effects were committed by an earlier run (see ``OperationRun``).
public struct OperationAlreadyApplied: Error, Sendable {
    public let operationId: Int

    public init(operationId: Int) {
        self.operationId = operationId
    }
}
