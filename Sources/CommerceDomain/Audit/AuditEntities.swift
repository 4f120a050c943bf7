import Synchronization

/// Collects the entities a request changes, for its audit record. The responder sets one per
/// request; every event written to the outbox during the request adds `type:id` to it.
public final class AuditEntities: Sendable {
    @TaskLocal public static var current: AuditEntities?

    private let entries = Mutex<[String]>([])
    /// Enough for any single call's record; a bulk's operations are audited by the worker's events.
    static let limit = 50

    public init() {}

    public func add(type: String, id: String) {
        let entry = "\(type):\(id)"
        entries.withLock { entries in
            if entries.count < Self.limit, !entries.contains(entry) { entries.append(entry) }
        }
    }

    /// `product:MB-01,stock_item:MB-01`, or nil when nothing changed.
    public var joined: String? {
        let all = entries.withLock { $0 }
        return all.isEmpty ? nil : all.joined(separator: ",")
    }
}
