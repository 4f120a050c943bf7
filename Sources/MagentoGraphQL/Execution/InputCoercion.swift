import GraphQL
import MagentoWire

/// Turns variables (JSON) and argument literals into values of their declared input types, with
/// defaults applied, as the spec's CoerceVariableValues and CoerceArgumentValues do.
///
/// The library keeps its own coercion internal, so this is ours; errors carry webonyx's wording.
struct InputCoercion: Sendable {
    let index: SchemaIndex

    struct Failure: Error {
        var message: String
    }

    /// The operation's variables, checked against their declarations.
    func variables(_ definitions: [VariableDefinition], provided: JSONObject) throws -> JSONObject {
        var values = JSONObject()
        for definition in definitions {
            let name = definition.variable.name.value
            let type = TypeRef(ast: definition.type)
            if let value = provided[name] {
                do {
                    values[name] = try coerce(value, to: type)
                } catch let failure as Failure {
                    throw Failure(message: "Variable \"$\(name)\" got invalid value \(Self.printed(value)); \(failure.message)")
                }
            } else if let defaultValue = definition.defaultValue {
                values[name] = (try? coerce(literal(defaultValue, variables: JSONObject()) ?? .null, to: type)) ?? .null
            } else if type.isNonNull {
                throw Failure(message: "Variable \"$\(name)\" of required type \"\(type.printed)\" was not provided.")
            }
        }
        return values
    }

    /// A field's arguments: literals and variables coerced, defaults filled in.
    func arguments(_ definitions: [SchemaIndex.InputValue], nodes: [Argument], variables: JSONObject) throws -> JSONObject {
        var values = JSONObject()
        for definition in definitions {
            let node = nodes.first { $0.name.value == definition.name }
            if let node, let value = literal(node.value, variables: variables) {
                values[definition.name] = try coerce(value, to: definition.type)
            } else if let defaultValue = definition.defaultValue {
                values[definition.name] = defaultValue
            } else if definition.type.isNonNull {
                throw Failure(message: "Argument \"\(definition.name)\" of required type \"\(definition.type.printed)\" was not provided.")
            }
        }
        return values
    }

    /// A literal from the document as plain JSON; nil for a variable that was not provided.
    func literal(_ value: any Value, variables: JSONObject) -> JSONValue? {
        switch value {
        case let variable as Variable: return variables[variable.name.value]
        case let int as IntValue: return .number(int.value)
        case let float as FloatValue: return .number(float.value)
        case let string as StringValue: return .string(string.value)
        case let bool as BooleanValue: return .bool(bool.value)
        case is NullValue: return .null
        case let enumeration as EnumValue: return .string(enumeration.value)
        case let list as ListValue: return .array(list.values.compactMap { literal($0, variables: variables) })
        case let object as ObjectValue:
            var result = JSONObject()
            for field in object.fields {
                if let fieldValue = literal(field.value, variables: variables) { result[field.name.value] = fieldValue }
            }
            return .object(result)
        default: return nil
        }
    }

    func coerce(_ value: JSONValue, to type: TypeRef) throws -> JSONValue {
        switch type {
        case .nonNull(let inner):
            if value.isNull { throw Failure(message: "Expected non-nullable type \"\(type.printed)\" not to be null.") }
            return try coerce(value, to: inner)
        case .list(let inner):
            if value.isNull { return .null }
            if case .array(let items) = value { return .array(try items.map { try coerce($0, to: inner) }) }
            return .array([try coerce(value, to: inner)])
        case .named(let name):
            if value.isNull { return .null }
            return try coerceNamed(value, name: name)
        }
    }

    func coerceNamed(_ value: JSONValue, name: String) throws -> JSONValue {
        switch index.kinds[name] {
        case .inputObject(let fields):
            guard case .object(let object) = value else {
                throw Failure(message: "Expected type \"\(name)\" to be an object.")
            }
            for key in object.keys where !fields.contains(where: { $0.name == key }) {
                throw Failure(message: "Field \"\(key)\" is not defined by type \"\(name)\".")
            }
            var result = JSONObject()
            for field in fields {
                if let member = object[field.name] {
                    result[field.name] = try coerce(member, to: field.type)
                } else if let defaultValue = field.defaultValue {
                    result[field.name] = defaultValue
                } else if field.type.isNonNull {
                    throw Failure(message: "Field \"\(name).\(field.name)\" of required type \"\(field.type.printed)\" was not provided.")
                }
            }
            return .object(result)
        case .enumeration(let values):
            guard case .string(let text) = value, values.contains(text) else {
                throw Failure(message: "Value \(Self.printed(value)) does not exist in \"\(name)\" enum.")
            }
            return value
        default:
            return try Self.scalar(value, name: name)
        }
    }

    static func scalar(_ value: JSONValue, name: String) throws -> JSONValue {
        switch (name, value) {
        // GraphQL's Int is 32 bits: wider values are refused here, so no resolver's paging or
        // quantity arithmetic on a client integer can overflow.
        case ("Int", .number(let text)) where Int32(text) != nil: return value
        case ("Int", .number(let text)) where Int(text) != nil || Double(text).map({ $0.rounded() == $0 }) == true:
            throw Failure(message: "Int cannot represent non 32-bit signed integer value: \(printed(value))")
        case ("Int", _): throw Failure(message: "Int cannot represent non-integer value: \(printed(value))")
        case ("Float", .number): return value
        case ("Float", _): throw Failure(message: "Float cannot represent non numeric value: \(printed(value))")
        case ("String", .string): return value
        case ("String", _): throw Failure(message: "String cannot represent a non string value: \(printed(value))")
        case ("Boolean", .bool): return value
        case ("Boolean", _): throw Failure(message: "Boolean cannot represent a non boolean value: \(printed(value))")
        case ("ID", .string): return value
        case ("ID", .number(let text)) where Int(text) != nil: return .string(text)
        case ("ID", _): throw Failure(message: "ID cannot represent value: \(printed(value))")
        default: return value
        }
    }

    static func printed(_ value: JSONValue) -> String {
        String(decoding: value.serialized(), as: UTF8.self)
    }
}
