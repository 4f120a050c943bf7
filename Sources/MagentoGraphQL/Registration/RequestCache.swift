import Synchronization

/// Values loaded once per request and shared by every resolver of it: the batching seam that
/// keeps a list's fields from querying once per item (load the whole set under one key, then
/// pick from it).
public final class RequestCache: Sendable {
    private let values = Mutex<[String: any Sendable]>([:])

    public init() {}

    /// The value under `key`, loading it the first time. Fields run one at a time, so a value is
    /// never loaded twice by the same request.
    public func value<T: Sendable>(_ key: String, load: () async throws -> T) async throws -> T {
        if let hit = values.withLock({ $0[key] }) as? T { return hit }
        let loaded = try await load()
        values.withLock { $0[key] = loaded }
        return loaded
    }
}
