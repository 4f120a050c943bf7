import Synchronization
import MagentoWire

/// Collects audit records on the request path without touching the database; a background
/// service drains it in batches. Bounded: if the database falls far behind, the oldest records
/// beyond `capacity` are dropped (and counted) rather than growing memory without end.
public final class AuditBuffer: Sendable {
    private let state = Mutex<(records: [AuditRecord], dropped: Int)>(([], 0))
    let capacity: Int

    public init(capacity: Int = 100_000) {
        self.capacity = capacity
    }

    public func add(_ record: AuditRecord) {
        state.withLock { state in
            if state.records.count >= capacity {
                state.records.removeFirst()
                state.dropped += 1
            }
            state.records.append(record)
        }
    }

    /// Everything buffered so far, removed from the buffer.
    public func drain() -> [AuditRecord] {
        state.withLock { state in
            defer { state.records.removeAll(keepingCapacity: true) }
            return state.records
        }
    }

    public var dropped: Int { state.withLock { $0.dropped } }
}
