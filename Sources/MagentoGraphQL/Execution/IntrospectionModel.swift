import GraphQL
import MagentoWire
import OrderedCollections

/// The schema as introspection describes it (`__Schema`, `__Type`, `__Field`, `__InputValue`,
/// `__EnumValue`, `__Directive`), computed once from the built schema and served by our own
/// executor through `Introspection.resolvers`.
///
/// GraphQLSwift 4.3.0's introspection cannot answer `__InputValue.isDeprecated` (the field has no
/// resolver) and prints no default value for input fields, so it is not used.
///
/// Named types are referred to by stubs (`kind`, `name`); the rest of a type is read from
/// `types` by name. Lists of fields, enum values, arguments and input fields hold the deprecated
/// ones too, and are filtered by `includeDeprecated` when asked for.
struct IntrospectionModel: Sendable {
    let types: [String: JSONObject]
    let schema: JSONObject

    init(_ schema: GraphQLSchema) throws {
        var kinds: [String: String] = [:]
        for (name, type) in schema.typeMap { kinds[name] = Self.kind(of: type) }
        let describe = Describer(kinds: kinds)
        var types: [String: JSONObject] = [:]
        for (name, type) in schema.typeMap {
            types[name] = try describe.type(type, schema: schema)
        }
        self.types = types
        self.schema = JSONObject([
            ("description", .null),
            ("queryType", schema.queryType.map { describe.ref($0) } ?? .null),
            ("mutationType", schema.mutationType.map { describe.ref($0) } ?? .null),
            ("subscriptionType", schema.subscriptionType.map { describe.ref($0) } ?? .null),
            ("types", .array(schema.typeMap.values.map { describe.ref($0) })),
            ("directives", .array(schema.directives.map { directive in
                .object(JSONObject([
                    ("name", .string(directive.name)),
                    ("description", Self.text(directive.description)),
                    ("isRepeatable", .bool(directive.isRepeatable)),
                    ("locations", .array(directive.locations.map { .string($0.rawValue) })),
                    ("args", .array(directive.args.map {
                        describe.inputValue($0.name, $0.type, $0.description, $0.defaultValue, $0.deprecationReason, $0.astNode)
                    })),
                ]))
            })),
        ])
    }

    static func kind(of type: any GraphQLNamedType) -> String {
        switch type {
        case is GraphQLObjectType: "OBJECT"
        case is GraphQLInterfaceType: "INTERFACE"
        case is GraphQLUnionType: "UNION"
        case is GraphQLEnumType: "ENUM"
        case is GraphQLInputObjectType: "INPUT_OBJECT"
        default: "SCALAR"
        }
    }

    static func text(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// Builds the JSON of each part; knows every named type's kind for type references.
    struct Describer {
        let kinds: [String: String]

        /// A type reference: wrappers spelled out, named types as stubs read further by name.
        func ref(_ type: any GraphQLType) -> JSONValue {
            if let nonNull = type as? GraphQLNonNull {
                return .object(JSONObject([("kind", .string("NON_NULL")), ("name", .null), ("ofType", ref(nonNull.ofType))]))
            }
            if let list = type as? GraphQLList {
                return .object(JSONObject([("kind", .string("LIST")), ("name", .null), ("ofType", ref(list.ofType))]))
            }
            let name = (type as? any GraphQLNamedType)?.name ?? "\(type)"
            return .object(JSONObject([("kind", .string(kinds[name] ?? "SCALAR")), ("name", .string(name)), ("ofType", .null)]))
        }

        func type(_ type: any GraphQLNamedType, schema: GraphQLSchema) throws -> JSONObject {
            var members: [(String, JSONValue)] = [("kind", .string(kinds[type.name] ?? "SCALAR")), ("name", .string(type.name))]
            switch type {
            case let object as GraphQLObjectType:
                members += [
                    ("description", text(object.description)), ("fields", try fields(object.fields())),
                    ("interfaces", .array(try object.interfaces().map { ref($0) })),
                ]
            case let interface as GraphQLInterfaceType:
                members += [
                    ("description", text(interface.description)), ("fields", try fields(interface.fields())),
                    ("interfaces", .array(try interface.interfaces().map { ref($0) })),
                    ("possibleTypes", .array(schema.getPossibleTypes(abstractType: interface).map { ref($0) })),
                ]
            case let union as GraphQLUnionType:
                members += [
                    ("description", text(union.description)),
                    ("possibleTypes", .array(schema.getPossibleTypes(abstractType: union).map { ref($0) })),
                ]
            case let enumeration as GraphQLEnumType:
                members += [
                    ("description", text(enumeration.description)),
                    ("enumValues", .array(enumeration.values.map { value in
                        .object(JSONObject([
                            ("name", .string(value.name)), ("description", text(value.description)),
                            ("isDeprecated", .bool(value.deprecationReason != nil)), ("deprecationReason", text(value.deprecationReason)),
                        ]))
                    })),
                ]
            case let input as GraphQLInputObjectType:
                members += [
                    ("description", text(input.description)), ("isOneOf", .bool(input.isOneOf)),
                    ("inputFields", .array(try input.fields().map { name, field in
                        inputValue(name, field.type, field.description, field.defaultValue, field.deprecationReason, field.astNode)
                    })),
                ]
            case let scalar as GraphQLScalarType:
                members += [("description", text(scalar.description)), ("specifiedByURL", text(scalar.specifiedByURL))]
            default:
                break
            }
            return JSONObject(members)
        }

        func fields(_ map: GraphQLFieldMap) -> JSONValue {
            .array(map.map { name, field in
                .object(JSONObject([
                    ("name", .string(name)), ("description", text(field.description)),
                    ("args", .array(field.args.map { argName, argument in
                        inputValue(argName, argument.type, argument.description, argument.defaultValue, argument.deprecationReason, argument.astNode)
                    })),
                    ("type", ref(field.type)),
                    ("isDeprecated", .bool(field.deprecationReason != nil)), ("deprecationReason", text(field.deprecationReason)),
                ]))
            })
        }

        // swiftlint:disable:next function_parameter_count
        func inputValue(
            _ name: String, _ type: any GraphQLInputType, _ description: String?, _ defaultValue: Map?,
            _ deprecationReason: String?, _ node: InputValueDefinition?
        ) -> JSONValue {
            let printedDefault: JSONValue
            if let literal = node?.defaultValue {
                printedDefault = .string(print(ast: literal))
            } else if let defaultValue, defaultValue != .undefined {
                printedDefault = .string(GraphQLLiteral.print(JSONValue(map: defaultValue), as: TypeRef(type), kinds: kinds))
            } else {
                printedDefault = .null
            }
            return .object(JSONObject([
                ("name", .string(name)), ("description", text(description)), ("type", ref(type)),
                ("defaultValue", printedDefault),
                ("isDeprecated", .bool(deprecationReason != nil)), ("deprecationReason", text(deprecationReason)),
            ]))
        }

        func text(_ value: String?) -> JSONValue { IntrospectionModel.text(value) }
    }
}
