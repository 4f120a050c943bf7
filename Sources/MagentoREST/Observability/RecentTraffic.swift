import Foundation
import Synchronization

/// The last hour of this process's traffic in one-minute slots, for the console's dashboard.
///
/// Prometheus counters and histograms add up since the process started, so they cannot answer
/// "in the last hour"; a ring of sixty minutes can, in fixed memory and a lock held for a few
/// additions. Latency goes into the same bucket bounds as the Prometheus histogram.
public final class RecentTraffic: Sendable {
    /// One minute's figures.
    struct Slot {
        var minute = -1
        var requests = 0
        var clientErrors = 0
        var serverErrors = 0
        var operations = 0
        var webhookFailures = 0
        var latency = [Int](repeating: 0, count: RecentTraffic.boundsMilliseconds.count + 1)
    }

    /// What the dashboard shows.
    public struct Summary: Sendable, Equatable {
        public var requests: Int
        public var clientErrors: Int
        public var serverErrors: Int
        public var operationsApplied: Int
        public var webhookFailures: Int
        /// Upper bounds (ms) of the buckets holding the 50th, 95th and 99th percentiles; nil without requests.
        public var p50: Double?
        public var p95: Double?
        public var p99: Double?
    }

    static let boundsMilliseconds: [Double] = [0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500]
    private let slots = Mutex([Slot](repeating: Slot(), count: 60))
    private let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date = { Date() }) {
        self.now = now
    }

    func request(status: Int, duration: Duration) {
        let milliseconds = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        let bucket = Self.boundsMilliseconds.firstIndex { milliseconds <= $0 } ?? Self.boundsMilliseconds.count
        update { slot in
            slot.requests += 1
            if (400..<500).contains(status) { slot.clientErrors += 1 }
            if status >= 500 { slot.serverErrors += 1 }
            slot.latency[bucket] += 1
        }
    }

    func operationApplied() { update { $0.operations += 1 } }

    func webhookFailed() { update { $0.webhookFailures += 1 } }

    /// The sixty minutes up to now.
    public func lastHour() -> Summary {
        let current = minute()
        var total = Slot()
        slots.withLock { slots in
            for slot in slots where slot.minute > current - 60 {
                total.requests += slot.requests
                total.clientErrors += slot.clientErrors
                total.serverErrors += slot.serverErrors
                total.operations += slot.operations
                total.webhookFailures += slot.webhookFailures
                for index in total.latency.indices { total.latency[index] += slot.latency[index] }
            }
        }
        return Summary(
            requests: total.requests, clientErrors: total.clientErrors, serverErrors: total.serverErrors,
            operationsApplied: total.operations, webhookFailures: total.webhookFailures,
            p50: Self.percentile(0.50, total.latency), p95: Self.percentile(0.95, total.latency),
            p99: Self.percentile(0.99, total.latency)
        )
    }

    static func percentile(_ fraction: Double, _ counts: [Int]) -> Double? {
        let total = counts.reduce(0, +)
        guard total > 0 else { return nil }
        let rank = Int((Double(total) * fraction).rounded(.up))
        var seen = 0
        for (index, count) in counts.enumerated() {
            seen += count
            // The overflow bucket has no upper bound: report the largest bound as "at least".
            if seen >= rank { return boundsMilliseconds[min(index, boundsMilliseconds.count - 1)] }
        }
        return boundsMilliseconds.last
    }

    private func minute() -> Int { Int(now().timeIntervalSince1970 / 60) }

    private func update(_ change: (inout Slot) -> Void) {
        let current = minute()
        slots.withLock { slots in
            let index = current % slots.count
            if slots[index].minute != current { slots[index] = Slot(minute: current) }
            change(&slots[index])
        }
    }
}
