import GraphQL
import MagentoWire
import OrderedCollections

/// The schema reduced to what execution reads, built once at start-up: field types, arguments
/// with defaults, input fields, enum values and which objects implement which interfaces.
///
/// The library's own lookups (`fields()`) rebuild maps on every call and are not all public, so
/// the executor reads this plain, `Sendable` copy instead.
struct SchemaIndex: Sendable {
    struct InputValue: Sendable {
        var name: String
        var type: TypeRef
        var defaultValue: JSONValue?
    }

    struct OutputField: Sendable {
        var type: TypeRef
        var arguments: [InputValue]
    }

    enum Kind: Sendable {
        case scalar
        case enumeration(Set<String>)
        case object(fields: [String: OutputField], interfaces: [String])
        case interface(fields: [String: OutputField])
        case union
        case inputObject([InputValue])
    }

    var kinds: [String: Kind] = [:]
    /// Abstract type name → the object types that may stand in for it.
    var possibleTypes: [String: Set<String>] = [:]
    let queryType: String
    let mutationType: String?

    init(_ schema: GraphQLSchema) throws {
        queryType = schema.queryType?.name ?? "Query"
        mutationType = schema.mutationType?.name
        for (name, type) in schema.typeMap {
            switch type {
            case let object as GraphQLObjectType:
                let interfaces = try object.interfaces().map(\.name)
                kinds[name] = .object(fields: try Self.fields(object.fields()), interfaces: interfaces)
                for interface in interfaces { possibleTypes[interface, default: []].insert(name) }
            case let interface as GraphQLInterfaceType:
                kinds[name] = .interface(fields: try Self.fields(interface.fields()))
            case let union as GraphQLUnionType:
                kinds[name] = .union
                possibleTypes[name, default: []].formUnion(try union.types().map(\.name))
            case let enumeration as GraphQLEnumType:
                kinds[name] = .enumeration(Set(enumeration.values.map(\.name)))
            case let input as GraphQLInputObjectType:
                kinds[name] = .inputObject(try input.fields().map { fieldName, field in
                    InputValue(name: fieldName, type: TypeRef(field.type), defaultValue: field.defaultValue.map(JSONValue.init(map:)))
                })
            default:
                kinds[name] = .scalar
            }
        }
    }

    static func fields(_ map: GraphQLFieldMap) -> [String: OutputField] {
        var result: [String: OutputField] = [:]
        for (name, field) in map {
            result[name] = OutputField(
                type: TypeRef(field.type),
                arguments: field.args.map { argName, argument in
                    InputValue(name: argName, type: TypeRef(argument.type), defaultValue: argument.defaultValue.map(JSONValue.init(map:)))
                }
            )
        }
        return result
    }

    /// The introspection meta fields every query root has (spec 4.2: `__schema`, `__type(name:)`).
    static let metaFields: [String: OutputField] = [
        "__schema": OutputField(type: .nonNull(.named("__Schema")), arguments: []),
        "__type": OutputField(type: .named("__Type"), arguments: [InputValue(name: "name", type: .nonNull(.named("String")))]),
    ]

    /// The field of an object or interface type.
    func field(_ name: String, on typeName: String) -> OutputField? {
        if typeName == queryType, let meta = Self.metaFields[name] { return meta }
        switch kinds[typeName] {
        case .object(let fields, _): return fields[name]
        case .interface(let fields): return fields[name]
        default: return nil
        }
    }

    /// The interfaces an object type implements, for resolvers registered on an interface.
    func interfaces(of typeName: String) -> [String] {
        if case .object(_, let interfaces) = kinds[typeName] { return interfaces }
        return []
    }

    /// True when an object of `objectType` matches a fragment's type condition.
    func matches(objectType: String, condition: String) -> Bool {
        condition == objectType || possibleTypes[condition]?.contains(objectType) == true
    }
}
