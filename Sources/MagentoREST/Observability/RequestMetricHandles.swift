import Prometheus
import Synchronization

/// The request counter and latency histogram of each route and status, resolved from the
/// registry once. `makeCounter` validates the name and labels, builds a key and takes the
/// registry's lock on every call; a hit here is one dictionary lookup under our own lock.
///
/// A reference type holding a `Mutex`: the handles are shared by every copy of the
/// `MagpieMetrics` value and by every event loop, so the dictionary is only touched under the
/// lock (an unguarded cache races, and crashes, once requests run on several threads at once).
final class RequestMetricHandles: Sendable {
    struct Key: Hashable, Sendable {
        let route: String
        let status: Int
    }

    struct Handles: Sendable {
        let requests: Counter
        let latency: DurationHistogram
    }

    private let cache = Mutex<[Key: Handles]>([:])

    func handles(route: String, status: Int, make: (String, Int) -> Handles) -> Handles {
        let key = Key(route: route, status: status)
        if let found = cache.withLock({ $0[key] }) { return found }
        // Resolved outside our lock: the registry returns the same handles to a racing
        // request, so whichever insert wins holds the same objects.
        let made = make(route, status)
        cache.withLock { $0[key] = made }
        return made
    }
}
