import MagentoWire
import Synchronization

/// Answers to cacheable GET queries (catalog, store, directory and CMS fields only, as Magento's
/// full-page cache keeps them), kept by request and by the database's write version.
///
/// The version is the newest outbox event id: every committed write bumps it in the same
/// transaction, on whichever node made it, so a REST write followed by a GraphQL read never sees
/// the old answer, and nodes sharing a database need no messages to stay correct. Each node keeps
/// its own entries; a version change makes them all unreachable and they are dropped.
///
/// Single flight: while one request computes the answer for a key at a version, identical
/// requests wait for it instead of computing it again (a cold key under load is computed once).
final class ResponseCache: Sendable {
    struct Entry: Sendable {
        var status: Int
        var bytes: [UInt8]
    }

    /// What a request does after `begin`: send the stored or shared answer, or compute it.
    enum Lookup: Sendable {
        case hit(Entry)
        /// Compute the answer; `leads` when this request must `finish` the key for its waiters.
        case compute(leads: Bool)
    }

    /// Root fields whose answers depend only on the store, currency and catalog (never on a cart
    /// or a customer).
    static let cacheableRoots: Set<String> = [
        "products", "categories", "categoryList", "category", "route", "urlResolver", "storeConfig",
        "availableStores", "countries", "country", "currency", "cmsPage", "cmsBlocks", "__typename",
    ]

    private struct State {
        var version: Int64 = -1
        var entries: [String: Entry] = [:]
        /// "version|key" being computed → the requests waiting for it.
        var pending: [String: [CheckedContinuation<Entry?, Never>]] = [:]

        mutating func moveTo(_ version: Int64) {
            guard self.version != version else { return }
            self.version = version
            entries.removeAll(keepingCapacity: true)
        }
    }

    private let state = Mutex(State())
    private let limit: Int
    private let versions: CoalescedRead<Int64?>

    init(limit: Int = 2_000, version: @escaping @Sendable () async -> Int64?) {
        self.limit = limit
        self.versions = CoalescedRead(version)
    }

    /// The database's write version, read after this call began (concurrent callers share reads).
    func version() async -> Int64? {
        await versions.value()
    }

    /// The stored answer; else the answer a concurrent identical request is computing (waited
    /// for); else `.compute(leads: true)`, and this request must call `finish` for the key.
    func begin(_ key: String, version: Int64) async -> Lookup {
        let flight = "\(version)|\(key)"
        enum Step { case hit(Entry), lead, wait }
        let step: Step = state.withLock { state in
            state.moveTo(version)
            if let entry = state.entries[key] { return .hit(entry) }
            if state.pending[flight] != nil { return .wait }
            state.pending[flight] = []
            return .lead
        }
        switch step {
        case .hit(let entry): return .hit(entry)
        case .lead: return .compute(leads: true)
        case .wait:
            let shared: Entry? = await withCheckedContinuation { continuation in
                // The leader may have finished between the two locks: then read what it stored.
                let done: Entry?? = state.withLock { state in
                    if state.pending[flight] != nil {
                        state.pending[flight]?.append(continuation)
                        return nil
                    }
                    return .some(state.version == version ? state.entries[key] : nil)
                }
                if let done { continuation.resume(returning: done) }
            }
            return shared.map(Lookup.hit) ?? .compute(leads: false)
        }
    }

    /// Ends the leader's flight: stores the answer when it may be kept (nil: it may not, and the
    /// waiters compute their own) and hands it to the waiters.
    func finish(_ key: String, version: Int64, entry: Entry?) {
        let waiters = state.withLock { state in
            if let entry, state.version == version {
                if state.entries.count >= limit { state.entries.removeAll(keepingCapacity: true) }
                state.entries[key] = entry
            }
            return state.pending.removeValue(forKey: "\(version)|\(key)") ?? []
        }
        for waiter in waiters { waiter.resume(returning: entry) }
    }

    /// Forgets every stored answer (a snapshot restore moves the write version back to numbers
    /// seen before, with other contents). Requests in flight keep their own flights.
    func drop() {
        state.withLock { state in
            state.version = -1
            state.entries.removeAll(keepingCapacity: true)
        }
    }

    static func isCacheable(rootFields: [String]) -> Bool {
        !rootFields.isEmpty && rootFields.allSatisfy { cacheableRoots.contains($0) }
    }
}
