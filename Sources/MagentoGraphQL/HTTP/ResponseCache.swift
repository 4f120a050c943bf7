import MagentoWire
import Synchronization

/// Answers to cacheable GET queries (catalog, store, directory and CMS fields only, as Magento's
/// full-page cache keeps them), kept by request and by the database's write version.
///
/// The version is the newest outbox event id: every committed write bumps it in the same
/// transaction, on whichever node made it, so a REST write followed by a GraphQL read never sees
/// the old answer, and nodes sharing a database need no messages to stay correct. Each node keeps
/// its own entries; a version change makes them all unreachable and they are dropped.
final class ResponseCache: Sendable {
    struct Entry: Sendable {
        var status: Int
        var bytes: [UInt8]
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
    }

    private let state = Mutex(State())
    private let limit: Int
    let version: @Sendable () async -> Int64?

    init(limit: Int = 2_000, version: @escaping @Sendable () async -> Int64?) {
        self.limit = limit
        self.version = version
    }

    func lookup(_ key: String, version: Int64) -> Entry? {
        state.withLock { state in
            if state.version != version {
                state.version = version
                state.entries.removeAll(keepingCapacity: true)
                return nil
            }
            return state.entries[key]
        }
    }

    func store(_ entry: Entry, key: String, version: Int64) {
        state.withLock { state in
            guard state.version == version else { return }
            if state.entries.count >= limit { state.entries.removeAll(keepingCapacity: true) }
            state.entries[key] = entry
        }
    }

    static func isCacheable(rootFields: [String]) -> Bool {
        !rootFields.isEmpty && rootFields.allSatisfy { cacheableRoots.contains($0) }
    }
}
