/// Writes members into an ``ObjectBuilder`` in the order the type encodes them.
struct ObjectEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let builder: ObjectBuilder
    let codingPath: [any CodingKey]

    private func set(_ value: JSONValue, _ key: Key) {
        builder.set(value, forKey: key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        set(try ScalarBoxing.double(value, codingPath: codingPath + [key]), key)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        set(try ScalarBoxing.float(value, codingPath: codingPath + [key]), key)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(ScalarBoxing.integer(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(ScalarBoxing.integer(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(ScalarBoxing.integer(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(ScalarBoxing.integer(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(ScalarBoxing.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(ScalarBoxing.integer(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(ScalarBoxing.integer(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(ScalarBoxing.integer(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(ScalarBoxing.integer(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(ScalarBoxing.integer(value), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        set(try EncodingSlot.box(value, codingPath: codingPath + [key]), key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let slot = builder.slot(forKey: key.stringValue)
        return KeyedEncodingContainer(
            ObjectEncodingContainer<NestedKey>(builder: slot.objectBuilder(), codingPath: codingPath + [key])
        )
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let slot = builder.slot(forKey: key.stringValue)
        return ArrayEncodingContainer(builder: slot.arrayBuilder(), codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        ValueEncoder(slot: builder.slot(forKey: "super"), codingPath: codingPath + [IndexKey(stringValue: "super")])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        ValueEncoder(slot: builder.slot(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

/// Appends elements to an ``ArrayBuilder``.
struct ArrayEncodingContainer: UnkeyedEncodingContainer {
    let builder: ArrayBuilder
    let codingPath: [any CodingKey]
    var count: Int { builder.elements.count }

    private var nextPath: [any CodingKey] { codingPath + [IndexKey(index: count)] }

    mutating func encodeNil() throws { builder.append(.null) }
    mutating func encode(_ value: Bool) throws { builder.append(.bool(value)) }
    mutating func encode(_ value: String) throws { builder.append(.string(value)) }
    mutating func encode(_ value: Double) throws { builder.append(try ScalarBoxing.double(value, codingPath: nextPath)) }
    mutating func encode(_ value: Float) throws { builder.append(try ScalarBoxing.float(value, codingPath: nextPath)) }
    mutating func encode(_ value: Int) throws { builder.append(ScalarBoxing.integer(value)) }
    mutating func encode(_ value: Int8) throws { builder.append(ScalarBoxing.integer(value)) }
    mutating func encode(_ value: Int16) throws { builder.append(ScalarBoxing.integer(value)) }
    mutating func encode(_ value: Int32) throws { builder.append(ScalarBoxing.integer(value)) }
    mutating func encode(_ value: Int64) throws { builder.append(ScalarBoxing.integer(value)) }
    mutating func encode(_ value: UInt) throws { builder.append(ScalarBoxing.integer(value)) }
    mutating func encode(_ value: UInt8) throws { builder.append(ScalarBoxing.integer(value)) }
    mutating func encode(_ value: UInt16) throws { builder.append(ScalarBoxing.integer(value)) }
    mutating func encode(_ value: UInt32) throws { builder.append(ScalarBoxing.integer(value)) }
    mutating func encode(_ value: UInt64) throws { builder.append(ScalarBoxing.integer(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        builder.append(try EncodingSlot.box(value, codingPath: nextPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let path = nextPath
        return KeyedEncodingContainer(
            ObjectEncodingContainer<NestedKey>(builder: builder.appendSlot().objectBuilder(), codingPath: path)
        )
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = nextPath
        return ArrayEncodingContainer(builder: builder.appendSlot().arrayBuilder(), codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let path = nextPath
        return ValueEncoder(slot: builder.appendSlot(), codingPath: path)
    }
}

/// Stores one value in the slot; used for top-level scalars and by scalars' own `encode(to:)`.
struct ScalarEncodingContainer: SingleValueEncodingContainer {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]

    private func set(_ value: JSONValue) { slot.content = .single(value) }

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { set(try ScalarBoxing.double(value, codingPath: codingPath)) }
    mutating func encode(_ value: Float) throws { set(try ScalarBoxing.float(value, codingPath: codingPath)) }
    mutating func encode(_ value: Int) throws { set(ScalarBoxing.integer(value)) }
    mutating func encode(_ value: Int8) throws { set(ScalarBoxing.integer(value)) }
    mutating func encode(_ value: Int16) throws { set(ScalarBoxing.integer(value)) }
    mutating func encode(_ value: Int32) throws { set(ScalarBoxing.integer(value)) }
    mutating func encode(_ value: Int64) throws { set(ScalarBoxing.integer(value)) }
    mutating func encode(_ value: UInt) throws { set(ScalarBoxing.integer(value)) }
    mutating func encode(_ value: UInt8) throws { set(ScalarBoxing.integer(value)) }
    mutating func encode(_ value: UInt16) throws { set(ScalarBoxing.integer(value)) }
    mutating func encode(_ value: UInt32) throws { set(ScalarBoxing.integer(value)) }
    mutating func encode(_ value: UInt64) throws { set(ScalarBoxing.integer(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        set(try EncodingSlot.box(value, codingPath: codingPath))
    }
}

/// A coding-path component for array positions and dynamic object keys.
struct IndexKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = Int(stringValue)
    }

    init(intValue: Int) {
        self.init(index: intValue)
    }

    init(index: Int) {
        self.stringValue = String(index)
        self.intValue = index
    }
}
