/// Reads an object's members for one `CodingKeys` type, recording every key it is asked about.
struct BindingKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: BindingDecoder
    let object: JSONObject

    var codingPath: [any CodingKey] { decoder.codingPath }

    /// Reading the key list means the type is a dynamic map, so every key is accepted.
    var allKeys: [Key] {
        decoder.readsAllKeys = true
        return object.keys.compactMap { Key(stringValue: $0) }
    }

    /// The member for `key` as sent, else under its camelCase or snake_case form.
    private func lookup(_ key: Key) -> JSONValue? {
        decoder.noteAsked(key.stringValue)
        if let exact = object[key.stringValue] { return exact }
        for name in FieldNameCase.variants(of: key.stringValue) {
            if let value = object[name] { return value }
        }
        return nil
    }

    /// A missing or null member is "required", named in camelCase as Magento names arguments.
    private func require(_ key: Key) throws -> JSONValue {
        guard let value = lookup(key), !value.isNull else {
            throw BindingError.required(fieldName: FieldNameCase.camel(key.stringValue))
        }
        return value
    }

    func contains(_ key: Key) -> Bool {
        lookup(key) != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        lookup(key)?.isNull ?? true
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try ScalarCoercion.bool(require(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try ScalarCoercion.string(require(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try ScalarCoercion.double(require(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try ScalarCoercion.float(require(key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try integer(key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try integer(key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try integer(key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try integer(key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try integer(key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try integer(key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(key) }

    private func integer<Integer: FixedWidthInteger>(_ key: Key) throws -> Integer {
        try ScalarCoercion.integer(require(key), as: Integer.self)
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let found = lookup(key)
        // A raw subtree keeps an explicit null; only a missing key is an error.
        if T.self == JSONValue.self, let found, let raw = found as? T { return raw }
        guard let found, !found.isNull else {
            if let optional = T.self as? any OptionalBinding.Type, let none = optional.noneValue as? T {
                return none
            }
            throw BindingError.required(fieldName: FieldNameCase.camel(key.stringValue))
        }
        return try BindingDecoder.unbox(type, from: found, codingPath: codingPath + [key], rejectsUnknownKeys: true)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try child(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(for: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        decoder.noteAsked("super")
        return BindingDecoder(
            value: object["super"] ?? .null, codingPath: codingPath + [IndexKey(stringValue: "super")],
            rejectsUnknownKeys: true
        )
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try child(for: key)
    }

    private func child(for key: Key) throws -> BindingDecoder {
        BindingDecoder(value: lookup(key) ?? .null, codingPath: codingPath + [key], rejectsUnknownKeys: true)
    }
}
