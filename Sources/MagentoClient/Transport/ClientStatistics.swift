import Synchronization

/// What a client has done so far; reports include it.
public struct ClientStatistics: Sendable, Equatable, Codable {
    public var requests = 0
    public var retries = 0
    public var tokenRefreshes = 0
}

/// Thread-safe counters behind ``ClientStatistics``.
final class ClientCounters: Sendable {
    private let state = Mutex(ClientStatistics())

    func add(requests: Int = 0, retries: Int = 0, refreshes: Int = 0) {
        state.withLock {
            $0.requests += requests
            $0.retries += retries
            $0.tokenRefreshes += refreshes
        }
    }

    func snapshot() -> ClientStatistics { state.withLock { $0 } }
}
