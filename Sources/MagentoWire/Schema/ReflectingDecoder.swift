/// A `Decoder` with no input: it answers every read with a placeholder and records the read in a
/// ``WireRecorder`` (see ``WireTypeReflector``).
struct ReflectingDecoder: Decoder {
    let reflector: WireTypeReflector
    let recorder: WireRecorder
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        recorder.openKeyed()
        return KeyedDecodingContainer(ReflectingKeyedContainer<Key>(reflector: reflector, recorder: recorder))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        ReflectingUnkeyedContainer(reflector: reflector, recorder: recorder)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        ReflectingSingleValueContainer(reflector: reflector, recorder: recorder)
    }
}

/// Records each member read: `decode` makes it required, `decodeIfPresent` optional.
struct ReflectingKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reflector: WireTypeReflector
    let recorder: WireRecorder
    var codingPath: [any CodingKey] { [] }
    /// No members are "sent", so a type that lists its keys sees none.
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool {
        recorder.probe(key.stringValue)
        return true
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        recorder.probe(key.stringValue)
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        recorder.record(key.stringValue, reflector.describe(type), required: true)
        return try reflector.sample(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        recorder.record(key.stringValue, reflector.describe(type), required: false)
        return nil
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        recorder.record(key.stringValue, .map(.any), required: false)
        return KeyedDecodingContainer(ReflectingKeyedContainer<NestedKey>(reflector: reflector, recorder: WireRecorder()))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        recorder.record(key.stringValue, .array(.any), required: false)
        return ReflectingUnkeyedContainer(reflector: reflector, recorder: WireRecorder())
    }

    func superDecoder() throws -> any Decoder {
        ReflectingDecoder(reflector: reflector, recorder: recorder)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        ReflectingDecoder(reflector: reflector, recorder: recorder)
    }
}

/// A one-element list: the element's type becomes the list's item type.
struct ReflectingUnkeyedContainer: UnkeyedDecodingContainer {
    let reflector: WireTypeReflector
    let recorder: WireRecorder
    var codingPath: [any CodingKey] { [] }
    var count: Int? { 1 }
    var currentIndex = 0
    var isAtEnd: Bool { currentIndex > 0 }

    init(reflector: WireTypeReflector, recorder: WireRecorder) {
        self.reflector = reflector
        self.recorder = recorder
    }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if recorder.single == nil { recorder.single = .array(reflector.describe(type)) }
        currentIndex += 1
        return try reflector.sample(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        currentIndex += 1
        return KeyedDecodingContainer(ReflectingKeyedContainer<NestedKey>(reflector: reflector, recorder: WireRecorder()))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        currentIndex += 1
        return ReflectingUnkeyedContainer(reflector: reflector, recorder: WireRecorder())
    }

    mutating func superDecoder() throws -> any Decoder {
        currentIndex += 1
        return ReflectingDecoder(reflector: reflector, recorder: WireRecorder())
    }
}

/// The whole value is one inner type (a wrapper): the type takes that type's shape.
struct ReflectingSingleValueContainer: SingleValueDecodingContainer {
    let reflector: WireTypeReflector
    let recorder: WireRecorder
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if recorder.single == nil { recorder.single = reflector.describe(type) }
        return try reflector.sample(type)
    }
}
