import Foundation

/// Encodes `Encodable` wire models into ``JSONValue`` with keys in the order the type encodes them.
///
/// Unlike `JSONEncoder` it keeps key order, writes `Decimal` as its exact text, passes
/// ``JSONValue`` through untouched and prints integral doubles without a fraction, as Magento does.
public struct MagentoEncoder: Sendable {
    public init() {}

    /// Encodes `value`; top-level scalars are allowed (Magento returns bare `"token"` and `true`).
    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        try EncodingSlot.box(value, codingPath: [])
    }

    /// Encodes `value` straight to compact JSON bytes.
    public func encodeToBytes<T: Encodable>(_ value: T) throws -> [UInt8] {
        try encode(value).serialized()
    }
}

/// One value under construction. Containers handed out by an encoder write into it, possibly
/// after the encoder itself is gone (nested containers), so it is a reference.
final class EncodingSlot {
    enum Content {
        case empty
        case single(JSONValue)
        case object(ObjectBuilder)
        case array(ArrayBuilder)
    }

    var content: Content = .empty

    /// Encodes any value, short-cutting the types whose own `Encodable` conformance would be wrong on the wire.
    static func box<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws -> JSONValue {
        // Metatype comparisons first: they are cheap, and the casts below run only when they match.
        if T.self == JSONValue.self, let json = value as? JSONValue {
            return json
        }
        if T.self == JSONObject.self, let object = value as? JSONObject {
            return .object(object)
        }
        if T.self == Decimal.self, let decimal = value as? Decimal {
            // Foundation encodes Decimal through a keyed container on some platforms.
            guard let text = NumberText.decimal(decimal) else {
                throw EncodingError.invalidValue(
                    decimal, .init(codingPath: codingPath, debugDescription: "Decimal NaN cannot be encoded as JSON.")
                )
            }
            return .number(text)
        }
        if T.self == URL.self, let url = value as? URL {
            return .string(url.absoluteString)
        }
        let slot = EncodingSlot()
        try value.encode(to: ValueEncoder(slot: slot, codingPath: codingPath))
        return slot.finish()
    }

    func objectBuilder() -> ObjectBuilder {
        if case .object(let builder) = content { return builder }
        let builder = ObjectBuilder()
        content = .object(builder)
        return builder
    }

    func arrayBuilder() -> ArrayBuilder {
        if case .array(let builder) = content { return builder }
        let builder = ArrayBuilder()
        content = .array(builder)
        return builder
    }

    func finish() -> JSONValue {
        switch content {
        // A type that encodes nothing becomes `{}`, as with JSONEncoder.
        case .empty: .object(JSONObject())
        case .single(let value): value
        case .object(let builder): .object(builder.finish())
        case .array(let builder): .array(builder.finish())
        }
    }
}

/// Object members in encoding order; members handed out as nested containers are filled in at the end.
final class ObjectBuilder {
    var object = JSONObject()
    var pending: [String: EncodingSlot] = [:]

    func set(_ value: JSONValue, forKey key: String) {
        object[key] = value
        pending[key] = nil
    }

    func slot(forKey key: String) -> EncodingSlot {
        let slot = EncodingSlot()
        // The placeholder fixes the member's position now; its value is read from the slot later.
        object[key] = .null
        pending[key] = slot
        return slot
    }

    func finish() -> JSONObject {
        var result = object
        for (key, slot) in pending {
            result[key] = slot.finish()
        }
        return result
    }
}

/// Array elements in order, with the same deferred filling as ``ObjectBuilder``.
final class ArrayBuilder {
    var elements: [JSONValue] = []
    var pending: [Int: EncodingSlot] = [:]

    func append(_ value: JSONValue) {
        elements.append(value)
    }

    func appendSlot() -> EncodingSlot {
        let slot = EncodingSlot()
        pending[elements.count] = slot
        elements.append(.null)
        return slot
    }

    func finish() -> [JSONValue] {
        var result = elements
        for (index, slot) in pending {
            result[index] = slot.finish()
        }
        return result
    }
}

/// The `Encoder` handed to `encode(to:)`; it only routes containers to its slot.
struct ValueEncoder: Encoder {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(ObjectEncodingContainer<Key>(builder: slot.objectBuilder(), codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        ArrayEncodingContainer(builder: slot.arrayBuilder(), codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        ScalarEncodingContainer(slot: slot, codingPath: codingPath)
    }
}

/// Shared by the three containers: primitive to JSON conversion with NaN and infinity rejected.
enum ScalarBoxing {
    static func double(_ value: Double, codingPath: [any CodingKey]) throws -> JSONValue {
        guard let text = NumberText.double(value) else { throw nonFinite(value, codingPath: codingPath) }
        return .number(text)
    }

    static func float(_ value: Float, codingPath: [any CodingKey]) throws -> JSONValue {
        guard let text = NumberText.float(value) else { throw nonFinite(value, codingPath: codingPath) }
        return .number(text)
    }

    static func integer(_ value: some BinaryInteger) -> JSONValue {
        .number(String(value))
    }

    private static func nonFinite(_ value: Any, codingPath: [any CodingKey]) -> EncodingError {
        EncodingError.invalidValue(
            value, .init(codingPath: codingPath, debugDescription: "\(value) is not representable in JSON.")
        )
    }
}
