import MagentoWire

/// Renders ``WireType`` descriptions as Swagger 2.0 schemas (`$ref` to `#/definitions/<name>`).
enum SwaggerSchema {
    static func schema(_ type: WireType) -> JSONValue {
        switch type {
        case .string: .type("string")
        case .integer: .type("integer")
        case .number: .type("number")
        case .boolean: .type("boolean")
        case .any: .object(JSONObject())
        case .enumeration(let values):
            .object(JSONObject([("type", .string("string")), ("enum", .array(values.map(JSONValue.string)))]))
        case .array(let element):
            .object(JSONObject([("type", .string("array")), ("items", schema(element))]))
        case .map(let value):
            .object(JSONObject([("type", .string("object")), ("additionalProperties", schema(value))]))
        case .named(let name):
            .object(JSONObject([("$ref", .string("#/definitions/\(name)"))]))
        case .choice(let options):
            // Swagger 2.0 has no oneOf: the schema accepts any value and names the alternatives.
            .object(JSONObject([("x-oneOf", .array(options.map(schema)))]))
        }
    }

    static func definition(_ definition: WireDefinition) -> JSONValue {
        var object = JSONObject([
            ("type", .string("object")),
            ("properties", .object(JSONObject(definition.fields.map { ($0.name, schema($0.type)) }))),
        ])
        let required = definition.fields.filter(\.required).map { JSONValue.string($0.name) }
        if !required.isEmpty { object["required"] = .array(required) }
        return .object(object)
    }
}

extension WireTypeReflector {
    /// A handler's result: reflected when it is `Decodable`; `[]` for a void method.
    static func describeResult<Output>(_ type: Output.Type, _ reflector: WireTypeReflector) -> WireType {
        if type == VoidResult.self { return .array(.any) }
        if let decodable = type as? any Decodable.Type { return reflector.describe(decodable) }
        return .any
    }
}

extension JSONValue {
    /// `{"type": name}`.
    static func type(_ name: String) -> JSONValue {
        .object(JSONObject([("type", .string(name))]))
    }
}
