import HTTPTypes
import MagentoWire

/// Swagger 2.0 for the routes a caller may use, built from the endpoint table
/// (`GET /rest/<store>/schema?services=all`).
struct SwaggerDocument {
    let endpoints: [Endpoint]
    let basePath: String
    let host: String

    /// The `services` filter: nil for all; otherwise names matching `[A-Za-z0-9]*V\d+`.
    static func services(from value: String?) throws -> Set<String>? {
        guard let value, !value.isEmpty, value != "all" else { return nil }
        let names = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let valid = names.allSatisfy { name in
            guard let v = name.lastIndex(of: "V") else { return false }
            let head = name[..<v]
            let digits = name[name.index(after: v)...]
            return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
                && head.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
        guard valid else {
            throw MagentoHTTPError(.badRequest, "Incorrect format of request URI or Requested services are missing.")
        }
        return Set(names)
    }

    var json: JSONValue {
        var paths = JSONObject()
        var definitions = JSONObject([("error-response", Self.errorResponse)])
        for endpoint in endpoints.sorted(by: { ($0.path.description, $0.method.rawValue) < ($1.path.description, $1.method.rawValue) }) {
            var item = paths[endpoint.path.swaggerPath]?.objectValue ?? JSONObject()
            item[endpoint.method.rawValue.lowercased()] = operation(endpoint)
            paths[endpoint.path.swaggerPath] = .object(item)
            for (name, definition) in endpoint.responseSchema.definitions { definitions[name] = definition }
        }
        let tags = Array(Set(endpoints.map(\.service))).sorted().map { name in
            JSONValue.object(JSONObject([("name", .string(name)), ("description", .string(name))]))
        }
        return .object(JSONObject([
            ("swagger", .string("2.0")),
            ("info", .object(JSONObject([("version", .string("2.4")), ("title", .string("Magpie"))]))),
            ("host", .string(host)),
            ("basePath", .string(basePath)),
            ("schemes", .array([.string("http")])),
            ("tags", .array(tags)),
            ("paths", .object(paths)),
            ("definitions", .object(definitions)),
            ("securityDefinitions", .object(JSONObject([
                ("api_key", .object(JSONObject([("type", .string("apiKey")), ("name", .string("Authorization")), ("in", .string("header"))]))),
            ]))),
        ]))
    }

    func operation(_ endpoint: Endpoint) -> JSONValue {
        var parameters: [JSONValue] = endpoint.path.parameterNames.map { name in
            .object(JSONObject([("name", .string(name)), ("in", .string("path")), ("type", .string("string")), ("required", .bool(true))]))
        }
        for argument in endpoint.queryArguments {
            parameters += Self.queryParameters(argument)
        }
        if !endpoint.bodyArguments.isEmpty {
            let properties = endpoint.bodyArguments.map { ($0, JSONValue.type("object")) }
            parameters.append(.object(JSONObject([
                ("name", .string(endpoint.service + endpoint.operation.capitalizedFirst + "PostBody")),
                ("in", .string("body")),
                ("schema", .object(JSONObject([("type", .string("object")), ("properties", .object(JSONObject(properties)))]))),
            ])))
        }
        let errorRef = JSONValue.object(JSONObject([("$ref", .string("#/definitions/error-response"))]))
        var responses = JSONObject([
            ("200", .object(JSONObject([("description", .string("200 Success.")), ("schema", endpoint.responseSchema.schema)]))),
        ])
        if endpoint.access != .anonymous {
            responses["401"] = .object(JSONObject([("description", .string("401 Unauthorized")), ("schema", errorRef)]))
        }
        responses["default"] = .object(JSONObject([("description", .string("Unexpected error")), ("schema", errorRef)]))
        return .object(JSONObject([
            ("tags", .array([.string(endpoint.service)])),
            ("description", .string(endpoint.summary)),
            ("operationId", .string(endpoint.operationId)),
            ("produces", .array([.string("application/json")])),
            ("parameters", .array(parameters)),
            ("responses", .object(responses)),
            ("x-magento-acl", .array(endpoint.access.resourceNames.map(JSONValue.string))),
        ]))
    }

    /// Magento spells searchCriteria out as bracketed query parameters.
    static func queryParameters(_ argument: QueryArgument) -> [JSONValue] {
        func parameter(_ name: String, _ type: String, _ description: String = "") -> JSONValue {
            .object(JSONObject([("name", .string(name)), ("in", .string("query")), ("type", .string(type)), ("description", .string(description))]))
        }
        switch argument.kind {
        case .string:
            return [parameter(argument.name, "string")]
        case .stringArray:
            return [.object(JSONObject([
                ("name", .string(argument.name + "[]")), ("in", .string("query")), ("type", .string("array")),
                ("items", .type("string")), ("collectionFormat", .string("multi")),
            ]))]
        case .searchCriteria:
            let filter = "searchCriteria[filterGroups][0][filters][0]"
            return [
                parameter("\(filter)[field]", "string", "Field"),
                parameter("\(filter)[value]", "string", "Value"),
                parameter("\(filter)[conditionType]", "string", "Condition type, eq by default"),
                parameter("searchCriteria[sortOrders][0][field]", "string", "Sorting field."),
                parameter("searchCriteria[sortOrders][0][direction]", "string", "Sorting direction."),
                parameter("searchCriteria[pageSize]", "integer", "Page size."),
                parameter("searchCriteria[currentPage]", "integer", "Current page."),
            ]
        }
    }

    static let errorResponse = JSONValue.object(JSONObject([
        ("type", .string("object")),
        ("properties", .object(JSONObject([
            ("message", .type("string")),
            ("errors", .arrayOf("object")),
            ("code", .type("integer")),
            ("parameters", .arrayOf("object")),
            ("trace", .type("string")),
        ]))),
        ("required", .array([.string("message")])),
    ]))
}
