/// Reads list elements in order; elements are nested values, so their unknown keys are rejected.
struct BindingUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: BindingDecoder
    let elements: [JSONValue]
    private(set) var currentIndex = 0

    init(decoder: BindingDecoder, elements: [JSONValue]) {
        self.decoder = decoder
        self.elements = elements
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private var elementPath: [any CodingKey] { codingPath + [IndexKey(index: currentIndex)] }

    private mutating func next() throws -> JSONValue {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                JSONValue.self, .init(codingPath: elementPath, debugDescription: "Unkeyed container is at end.")
            )
        }
        defer { currentIndex += 1 }
        return elements[currentIndex]
    }

    /// A null element of a scalar list is reported like a missing value of the list itself.
    private mutating func nextScalar() throws -> JSONValue {
        let value = try next()
        guard !value.isNull else { throw BindingError.required(fieldName: decoder.fieldName) }
        return value
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, elements[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try ScalarCoercion.bool(nextScalar()) }
    mutating func decode(_ type: String.Type) throws -> String { try ScalarCoercion.string(nextScalar()) }
    mutating func decode(_ type: Double.Type) throws -> Double { try ScalarCoercion.double(nextScalar()) }
    mutating func decode(_ type: Float.Type) throws -> Float { try ScalarCoercion.float(nextScalar()) }
    mutating func decode(_ type: Int.Type) throws -> Int { try integer() }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try integer() }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try integer() }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try integer() }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try integer() }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try integer() }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try integer() }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try integer() }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try integer() }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try integer() }

    private mutating func integer<Integer: FixedWidthInteger>() throws -> Integer {
        try ScalarCoercion.integer(nextScalar(), as: Integer.self)
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let path = elementPath
        let value = try next()
        return try BindingDecoder.unbox(type, from: value, codingPath: path, rejectsUnknownKeys: true)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try childDecoder().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try childDecoder().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        try childDecoder()
    }

    private mutating func childDecoder() throws -> BindingDecoder {
        let path = elementPath
        return BindingDecoder(value: try next(), codingPath: path, rejectsUnknownKeys: true)
    }
}

/// One scalar (or a wrapper's whole value); inherits the decoder's unknown-key policy.
struct BindingScalarContainer: SingleValueDecodingContainer {
    let decoder: BindingDecoder

    var codingPath: [any CodingKey] { decoder.codingPath }

    private func scalar() throws -> JSONValue {
        guard !decoder.value.isNull else { throw BindingError.required(fieldName: decoder.fieldName) }
        return decoder.value
    }

    func decodeNil() -> Bool { decoder.value.isNull }

    func decode(_ type: Bool.Type) throws -> Bool { try ScalarCoercion.bool(scalar()) }
    func decode(_ type: String.Type) throws -> String { try ScalarCoercion.string(scalar()) }
    func decode(_ type: Double.Type) throws -> Double { try ScalarCoercion.double(scalar()) }
    func decode(_ type: Float.Type) throws -> Float { try ScalarCoercion.float(scalar()) }
    func decode(_ type: Int.Type) throws -> Int { try ScalarCoercion.integer(scalar(), as: Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try ScalarCoercion.integer(scalar(), as: Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try ScalarCoercion.integer(scalar(), as: Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try ScalarCoercion.integer(scalar(), as: Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try ScalarCoercion.integer(scalar(), as: Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try ScalarCoercion.integer(scalar(), as: UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try ScalarCoercion.integer(scalar(), as: UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try ScalarCoercion.integer(scalar(), as: UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try ScalarCoercion.integer(scalar(), as: UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try ScalarCoercion.integer(scalar(), as: UInt64.self) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try BindingDecoder.unbox(
            type, from: decoder.value, codingPath: codingPath, rejectsUnknownKeys: decoder.rejectsUnknownKeys
        )
    }
}
