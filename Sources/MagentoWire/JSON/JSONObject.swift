/// A JSON object that keeps its keys in insertion order.
///
/// Magento's clients read fields by name, but golden transcripts and some clients compare
/// documents textually, so the order the server (or a client) wrote keys in must survive.
public struct JSONObject: Sendable, Equatable, Sequence {
    private var keyList: [String] = []
    private var valueList: [JSONValue] = []
    /// Built only for larger objects: a linear scan beats hashing for the typical handful of keys.
    private var positions: [String: Int]?

    private static let indexThreshold = 12

    public init() {}

    /// Builds an object from pairs in order; a repeated key overwrites the earlier value in place.
    public init(_ pairs: [(String, JSONValue)]) {
        keyList.reserveCapacity(pairs.count)
        valueList.reserveCapacity(pairs.count)
        for (key, value) in pairs {
            self[key] = value
        }
    }

    /// The keys in stored order.
    public var keys: [String] { keyList }

    /// The values in stored order.
    public var values: [JSONValue] { valueList }

    public var count: Int { keyList.count }

    public var isEmpty: Bool { keyList.isEmpty }

    /// The position of `key` in stored order.
    public func index(of key: String) -> Int? {
        if let positions { return positions[key] }
        return keyList.firstIndex(of: key)
    }

    /// Reading returns the value; writing replaces in place, appends a new key, or removes it on nil.
    public subscript(key: String) -> JSONValue? {
        get {
            guard let position = index(of: key) else { return nil }
            return valueList[position]
        }
        set {
            if let newValue {
                setValue(newValue, forKey: key)
            } else {
                removeValue(forKey: key)
            }
        }
    }

    /// Sets `value`, keeping the key's first position when it already exists.
    public mutating func setValue(_ value: JSONValue, forKey key: String) {
        if let position = index(of: key) {
            valueList[position] = value
            return
        }
        keyList.append(key)
        valueList.append(value)
        if positions != nil {
            positions?[key] = keyList.count - 1
        } else if keyList.count > Self.indexThreshold {
            rebuildPositions()
        }
    }

    /// Removes `key` and returns its value, shifting later keys up by one.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSONValue? {
        guard let position = index(of: key) else { return nil }
        keyList.remove(at: position)
        let removed = valueList.remove(at: position)
        if positions != nil { rebuildPositions() }
        return removed
    }

    /// Mutates the value stored under `key` in place (no copy of nested storage), inserting
    /// `defaultValue` first when the key is absent.
    mutating func withValue<Result>(
        forKey key: String,
        default defaultValue: @autoclosure () -> JSONValue,
        _ body: (inout JSONValue) throws -> Result
    ) rethrows -> Result {
        let position: Int
        if let existing = index(of: key) {
            position = existing
        } else {
            setValue(defaultValue(), forKey: key)
            position = keyList.count - 1
        }
        var value = valueList[position]
        // Leave a placeholder so `value` is uniquely referenced while `body` mutates it.
        valueList[position] = .null
        defer { valueList[position] = value }
        return try body(&value)
    }

    private mutating func rebuildPositions() {
        var map: [String: Int] = [:]
        map.reserveCapacity(keyList.count)
        for (position, key) in keyList.enumerated() {
            map[key] = position
        }
        positions = map
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.keyList == rhs.keyList && lhs.valueList == rhs.valueList
    }

    /// Iterates `(key, value)` pairs in stored order.
    public struct Iterator: IteratorProtocol {
        private let object: JSONObject
        private var position = 0

        init(_ object: JSONObject) {
            self.object = object
        }

        public mutating func next() -> (key: String, value: JSONValue)? {
            guard position < object.keyList.count else { return nil }
            defer { position += 1 }
            return (key: object.keyList[position], value: object.valueList[position])
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(self)
    }

    public var underestimatedCount: Int { keyList.count }
}
