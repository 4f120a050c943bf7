import Synchronization

/// Remembers what a stored JSON document decoded to, per row id, so that reading the same
/// unchanged product again skips decoding it (a third of a catalog page's time).
///
/// It memoizes a pure function of the text: an entry is used only when the stored text is
/// byte-for-byte the one it was decoded from, so there is nothing to invalidate and several
/// processes sharing one database stay correct. Bounded: past `capacity` it starts over.
final class DecodedDocumentCache<Value: Sendable>: Sendable {
    private let entries = Mutex<[Int: (text: String, value: Value)]>([:])
    private let capacity: Int

    init(capacity: Int = 20_000) {
        self.capacity = capacity
    }

    func value(id: Int, text: String, decode: (String) throws -> Value) rethrows -> Value {
        if let hit = entries.withLock({ $0[id] }), hit.text == text {
            return hit.value
        }
        let value = try decode(text)
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[id] = (text, value)
        }
        return value
    }
}

/// Remembers decoded values by their exact text, for documents many rows share: most stock items
/// carry the same settings (every `use_config_*` on), so one decode serves thousands of products.
final class SharedDocumentCache<Value: Sendable>: Sendable {
    private let entries = Mutex<[String: Value]>([:])
    private let capacity: Int

    init(capacity: Int = 1_000) {
        self.capacity = capacity
    }

    func value(text: String, decode: (String) throws -> Value) rethrows -> Value {
        if let hit = entries.withLock({ $0[text] }) { return hit }
        let value = try decode(text)
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[text] = value
        }
        return value
    }
}
