import Synchronization

/// Metric labels per operation name, bounded: names come from clients, so after `limit`
/// distinct ones the rest count as `GraphQL other` rather than growing the metric without end.
final class OperationLabels: Sendable {
    private let seen = Mutex<Set<String>>([])
    private let limit: Int

    init(limit: Int = 200) {
        self.limit = limit
    }

    func label(for operationName: String?) -> String {
        guard let name = operationName.map({ String($0.prefix(64)) }) else { return "GraphQL anonymous" }
        let known = seen.withLock { seen in
            if seen.contains(name) { return true }
            guard seen.count < limit else { return false }
            seen.insert(name)
            return true
        }
        return known ? "GraphQL " + name : "GraphQL other"
    }
}
