import MagentoWire

/// A type that can describe itself in the Swagger document (a named definition).
public protocol SwaggerDescribable {
    /// Magento's definition name, e.g. `store-data-website-interface`.
    static var swaggerName: String { get }
    /// Property name → JSON schema, in wire order, and the required property names.
    static var swaggerProperties: [(String, JSONValue)] { get }
    static var swaggerRequired: [String] { get }
}

/// The schema of a response: a `$ref` to a named definition, or an inline schema.
public struct SwaggerSchema: Sendable {
    public var schema: JSONValue
    /// Named definitions this schema refers to.
    public var definitions: [(String, JSONValue)]

    public static func of<T>(_ type: T.Type) -> SwaggerSchema {
        if let described = type as? any SwaggerDescribable.Type {
            return named(described)
        }
        if let element = type as? any SwaggerArrayElement.Type {
            let inner = element.elementSchema
            return SwaggerSchema(
                schema: .object(JSONObject([("type", .string("array")), ("items", inner.schema)])),
                definitions: inner.definitions
            )
        }
        return SwaggerSchema(schema: primitive(type), definitions: [])
    }

    static func named(_ type: any SwaggerDescribable.Type) -> SwaggerSchema {
        var definition = JSONObject([
            ("type", .string("object")),
            ("properties", .object(JSONObject(type.swaggerProperties))),
        ])
        if !type.swaggerRequired.isEmpty {
            definition["required"] = .array(type.swaggerRequired.map(JSONValue.string))
        }
        return SwaggerSchema(
            schema: .object(JSONObject([("$ref", .string("#/definitions/\(type.swaggerName)"))])),
            definitions: [(type.swaggerName, .object(definition))]
        )
    }

    static func primitive<T>(_ type: T.Type) -> JSONValue {
        switch type {
        case is String.Type: .type("string")
        case is Bool.Type: .type("boolean")
        case is Int.Type, is Int64.Type: .type("integer")
        case is Double.Type: .type("number")
        default: .type("object")
        }
    }
}

/// Arrays of describable types describe themselves as `type: array`.
protocol SwaggerArrayElement {
    static var elementSchema: SwaggerSchema { get }
}

extension Array: SwaggerArrayElement {
    static var elementSchema: SwaggerSchema { SwaggerSchema.of(Element.self) }
}

extension JSONValue {
    /// `{"type": name}`.
    static func type(_ name: String) -> JSONValue {
        .object(JSONObject([("type", .string(name))]))
    }

    /// `{"type": "array", "items": {"type": name}}`.
    static func arrayOf(_ name: String) -> JSONValue {
        .object(JSONObject([("type", .string("array")), ("items", .type(name))]))
    }
}
