import Foundation

/// Describes `Decodable` wire models by running their own `init(from:)` against a decoder that
/// records what it is asked for: each key, its type, and whether it is read with `decode`
/// (required) or `decodeIfPresent` (optional). The description is the model, not a copy of it.
public final class WireTypeReflector {
    /// Named object types met so far, in the order they were first described.
    public private(set) var definitions: [WireDefinition] = []
    private var described: [ObjectIdentifier: WireType] = [:]
    private var samples: [ObjectIdentifier: Any] = [:]
    private var inProgress: Set<ObjectIdentifier> = []
    private var owners: [String: ObjectIdentifier] = [:]
    /// Names two different Swift types were given (nested types such as `Filter` or `Image` under
    /// different parents): a schema would describe only one of them. Tests keep this empty.
    public private(set) var clashes: [String] = []

    public init() {}

    /// The shape of `type`; named object types are added to ``definitions``.
    public func describe<T: Decodable>(_ type: T.Type) -> WireType {
        if let known = described[ObjectIdentifier(type)] { return known }
        if inProgress.contains(ObjectIdentifier(type)) { return .named(Self.name(of: type)) }
        return (try? reflect(type))?.type ?? .any
    }

    /// Registers a named object type stated by hand (a ``WireTypeDescribed`` model) and refers to it.
    public func define(_ name: String, _ fields: [WireField]) -> WireType {
        if !definitions.contains(where: { $0.name == name }) {
            definitions.append(WireDefinition(name: name, fields: fields))
        }
        return .named(name)
    }

    /// A value of `type` built from placeholder input, for a container that must return one.
    func sample<T: Decodable>(_ type: T.Type) throws -> T {
        if let sample = samples[ObjectIdentifier(type)] as? T { return sample }
        guard let value = try reflect(type).value else { throw WireReflectionError.noSample(String(describing: type)) }
        return value
    }

    private func reflect<T: Decodable>(_ type: T.Type) throws -> (value: T?, type: WireType) {
        let id = ObjectIdentifier(type)
        if let scalar = WireScalar.reflect(type) {
            described[id] = scalar.type
            return scalar
        }
        if let container = type as? any WireContainerType.Type {
            let shape = container.wireType(self)
            described[id] = shape
            return (container.empty as? T, shape)
        }
        if let enumeration = type as? any (CaseIterable & RawRepresentable).Type {
            let (first, shape) = Self.enumeration(enumeration)
            described[id] = shape
            return (first as? T, shape)
        }
        inProgress.insert(id)
        let recorder = WireRecorder()
        let value = try? T(from: ReflectingDecoder(reflector: self, recorder: recorder))
        inProgress.remove(id)
        let shape: WireType
        if let custom = type as? any WireTypeDescribed.Type {
            shape = custom.wireType(self)
        } else if let fields = recorder.fields {
            let name = Self.name(of: type)
            if let owner = owners[name], owner != id { clashes.append(name) } else { owners[name] = id }
            shape = define(name, fields)
        } else {
            shape = recorder.single ?? .any
        }
        described[id] = shape
        if let value { samples[id] = value }
        return (value, shape)
    }

    private static func enumeration<E: CaseIterable & RawRepresentable>(_ type: E.Type) -> (E?, WireType) {
        let raws = type.allCases.map(\.rawValue)
        if raws.allSatisfy({ $0 is any BinaryInteger }) { return (type.allCases.first, .integer) }
        return (type.allCases.first, .enumeration(raws.map { "\($0)" }))
    }

    /// Magento's name for a type when it declares one; else the Swift name in kebab case.
    public static func name(of type: Any.Type) -> String {
        if let named = type as? any WireTypeNamed.Type { return named.wireTypeName }
        var result = ""
        for character in String(describing: type) where character.isLetter || character.isNumber {
            if character.isUppercase, !result.isEmpty, result.last != "-" { result += "-" }
            result += character.lowercased()
        }
        return result
    }
}

enum WireReflectionError: Error {
    case noSample(String)
}
