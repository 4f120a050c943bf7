import Foundation

/// Binds request input (``JSONValue``) to `Decodable` types with Magento's input rules.
///
/// - Keys match as sent, or in their camelCase or snake_case form (`attribute_set_id` = `attributeSetId`).
/// - Scalars convert the way PHP does (`"12"` is an int, `"yes"` is true, numbers are strings).
/// - A missing or null required value is ``BindingError/required(fieldName:)``.
/// - Unknown keys are ignored at the top level and rejected in nested objects
///   (``BindingError/notSupported(fieldName:)``), unless the type reads `allKeys`.
public struct MagentoDecoder: Sendable {
    public init() {}

    /// Decodes `type` from `value`; `value` is the top level, so its unknown keys are ignored.
    public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try BindingDecoder.unbox(type, from: value, codingPath: [], rejectsUnknownKeys: false)
    }
}

/// Lets generic code recognise `Optional` without knowing its wrapped type.
protocol OptionalBinding {
    static var noneValue: Self { get }
}

extension Optional: OptionalBinding {
    static var noneValue: Self { nil }
}

/// The `Decoder` for one input value. It remembers which keys its type asked about so the
/// caller can reject the rest once `init(from:)` has returned.
final class BindingDecoder: Decoder {
    let value: JSONValue
    let codingPath: [any CodingKey]
    let rejectsUnknownKeys: Bool
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private(set) var askedKeys: Set<String> = []
    var readsAllKeys = false
    private var madeKeyedContainer = false

    init(value: JSONValue, codingPath: [any CodingKey], rejectsUnknownKeys: Bool) {
        self.value = value
        self.codingPath = codingPath
        self.rejectsUnknownKeys = rejectsUnknownKeys
    }

    /// Decodes one value, special-casing the types whose own `Decodable` would read the wrong shape.
    static func unbox<T: Decodable>(
        _ type: T.Type, from value: JSONValue, codingPath: [any CodingKey], rejectsUnknownKeys: Bool
    ) throws -> T {
        if T.self == JSONValue.self, let raw = value as? T { return raw }
        if T.self == JSONObject.self, let object = objectView(of: value) as? T { return object }
        // Foundation's Decimal decodes through a keyed container on some platforms; input is a number or numeric string.
        if T.self == Decimal.self {
            if value.isNull { throw BindingError.required(fieldName: fieldName(for: codingPath)) }
            if let decimal = try ScalarCoercion.decimal(value) as? T { return decimal }
        }
        let decoder = BindingDecoder(value: value, codingPath: codingPath, rejectsUnknownKeys: rejectsUnknownKeys)
        let result = try T(from: decoder)
        try decoder.rejectUnaskedKeys()
        return result
    }

    /// A PHP array is one type for lists and maps, so a list given for an object reads as `{"0": …}`,
    /// and any scalar reads as an empty object (`_createFromArray` treats non-arrays as `[]`).
    static func objectView(of value: JSONValue) -> JSONObject {
        switch value {
        case .object(let object):
            return object
        case .array(let elements):
            return JSONObject(elements.enumerated().map { (String($0.offset), $0.element) })
        default:
            return JSONObject()
        }
    }

    func noteAsked(_ name: String) {
        askedKeys.insert(name)
    }

    /// An input key is known when it, or its camelCase or snake_case form, was asked about.
    /// Variants are only computed for keys that miss, which keeps the common path allocation-free.
    private func rejectUnaskedKeys() throws {
        guard rejectsUnknownKeys, madeKeyedContainer, !readsAllKeys else { return }
        for key in Self.objectView(of: value).keys where !askedKeys.contains(key) {
            let known = FieldNameCase.variants(of: key).contains { askedKeys.contains($0) }
            if !known { throw BindingError.notSupported(fieldName: FieldNameCase.upperCamel(key)) }
        }
    }

    /// The name a required-value error reports for this position: the nearest named key, camelCased.
    var fieldName: String { Self.fieldName(for: codingPath) }

    static func fieldName(for codingPath: [any CodingKey]) -> String {
        let named = codingPath.last { $0.intValue == nil }
        return named.map { FieldNameCase.camel($0.stringValue) } ?? ""
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        madeKeyedContainer = true
        return KeyedDecodingContainer(BindingKeyedContainer<Key>(decoder: self, object: Self.objectView(of: value)))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        switch value {
        case .array(let elements):
            return BindingUnkeyedContainer(decoder: self, elements: elements)
        case .object(let object):
            // Sparse query-string indices (`[0]`, `[2]`) arrive as an object; its values are the list.
            return BindingUnkeyedContainer(decoder: self, elements: object.values)
        default:
            throw BindingError.notAllParametersValid
        }
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        BindingScalarContainer(decoder: self)
    }
}
