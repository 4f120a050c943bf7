import Foundation
import SQLiteNIO
import Synchronization
import VaporCSQLite

/// Stops SQLite work that runs too long: a read past its deadline (`MAGPIE_STATEMENT_TIMEOUT_MS`,
/// the setting PostgreSQL's `statement_timeout` takes), and anything still running when the
/// server shuts down. SQLite has no statement timeout and this build omits its progress
/// handler, so a watchdog calls `sqlite3_interrupt` on the connection instead; the running
/// statement then fails with SQLITE_INTERRUPT and the caller sees `StorageError`.
///
/// Each connection is lent to one piece of work at a time (`ReaderPool`, the write lock), so an
/// interrupt aimed at one lease never stops another's statement; an interrupt that arrives
/// between statements is discarded by SQLite when the next one starts.
final class SQLiteInterrupts: Sendable {
    enum Reason: Sendable, Equatable {
        case timedOut
        case shuttingDown
    }

    private struct Lease {
        var id: UInt64
        var deadline: ContinuousClock.Instant?
        var reason: Reason?
    }

    private struct State {
        var leases: [Lease?]
        var nextId: UInt64 = 0
    }

    private let handles: [ConnectionHandle]
    private let state: Mutex<State>

    init(_ connections: [SQLiteConnection]) {
        handles = connections.map(ConnectionHandle.init)
        state = Mutex(State(leases: Array(repeating: nil, count: connections.count)))
    }

    /// Marks connection `index` as working until `end`; `timeout` nil means no deadline.
    func begin(_ index: Int, timeout: Duration?) -> UInt64 {
        state.withLock { state in
            state.nextId += 1
            state.leases[index] = Lease(id: state.nextId, deadline: timeout.map { ContinuousClock.now + $0 })
            return state.nextId
        }
    }

    /// Ends lease `id`; answers why it was interrupted, if it was.
    func end(_ index: Int, lease id: UInt64) -> Reason? {
        state.withLock { state in
            guard let lease = state.leases[index], lease.id == id else { return nil }
            state.leases[index] = nil
            return lease.reason
        }
    }

    /// Interrupts every lease past its deadline (again on each call while it lasts: an interrupt
    /// only stops the statement running at that moment).
    func interruptOverdue(now: ContinuousClock.Instant = .now) {
        state.withLock { state in
            for index in state.leases.indices {
                guard var lease = state.leases[index] else { continue }
                if lease.reason == nil, let deadline = lease.deadline, now >= deadline { lease.reason = .timedOut }
                guard lease.reason != nil else { continue }
                state.leases[index] = lease
                handles[index].interrupt()
            }
        }
    }

    /// Interrupts every lease running now, for good (shutdown); later leases are not affected.
    func interruptRunning() {
        state.withLock { state in
            for index in state.leases.indices {
                guard var lease = state.leases[index] else { continue }
                lease.reason = lease.reason ?? .shuttingDown
                state.leases[index] = lease
                handles[index].interrupt()
            }
        }
    }

    /// The libsqlite3 handle of a connection, which SQLiteNIO keeps to itself.
    private struct ConnectionHandle: @unchecked Sendable {
        // `sqlite3_interrupt` is safe to call from any thread while the connection is open; the
        // provider stops the watchdog before it closes connections.
        let raw: OpaquePointer?

        init(_ connection: SQLiteConnection) {
            let handle = Mirror(reflecting: connection).descendant("handle")
            raw = handle.flatMap { Mirror(reflecting: $0).descendant("raw") } as? OpaquePointer
        }

        func interrupt() {
            if let raw { sqlite_nio_sqlite3_interrupt(raw) }
        }
    }
}
