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

    /// The schema that also admits `null` (Swagger 2.0's `x-nullable`; a `$ref` cannot take
    /// siblings, so it is wrapped in `allOf`).
    static func nullable(_ type: WireType) -> JSONValue {
        guard case .object(var object) = schema(type) else { return schema(type) }
        if object["$ref"] != nil { object = JSONObject([("allOf", .array([.object(object)]))]) }
        if object.isEmpty { return .object(object) }
        object["x-nullable"] = .bool(true)
        return .object(object)
    }

    /// Optional members may be absent or null: the encoders write some nil members as `null`,
    /// as Magento's do (`region_code`, `low_stock_date`), and input accepts null for them.
    static func definition(_ definition: WireDefinition) -> JSONValue {
        var object = JSONObject([
            ("type", .string("object")),
            ("properties", .object(JSONObject(definition.fields.map { ($0.name, $0.required ? schema($0.type) : nullable($0.type)) }))),
        ])
        let required = definition.fields.filter(\.required).map { JSONValue.string($0.name) }
        if !required.isEmpty { object["required"] = .array(required) }
        return .object(object)
    }
}

extension WireTypeReflector {
    /// A handler's result schema: nullable when the result type is optional (a customer without a
    /// default address answers `null`).
    static func resultSchema(_ endpoint: Endpoint, _ reflector: WireTypeReflector) -> JSONValue {
        let type = endpoint.responseType(reflector)
        return endpoint.resultIsOptional ? SwaggerSchema.nullable(type) : SwaggerSchema.schema(type)
    }

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
