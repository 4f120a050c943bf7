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
    private let accepted = Mutex(false)

    func add(requests: Int = 0, retries: Int = 0, refreshes: Int = 0) {
        state.withLock {
            $0.requests += requests
            $0.retries += retries
            $0.tokenRefreshes += refreshes
        }
    }

    /// Records that the store accepted this client's credentials at least once.
    func markCredentialsAccepted() {
        accepted.withLock { $0 = true }
    }

    var credentialsAccepted: Bool { accepted.withLock { $0 } }

    func snapshot() -> ClientStatistics { state.withLock { $0 } }
}
