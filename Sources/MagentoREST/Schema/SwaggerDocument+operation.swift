import HTTPTypes
import MagentoWire

extension SwaggerDocument {
    /// One operation: typed path, query and body parameters, the 200 shape and the error shape.
    func operation(_ endpoint: Endpoint, id: String, reflector: WireTypeReflector, error: WireType) -> JSONValue {
        var parameters: [JSONValue] = endpoint.path.parameterNames.map { name in
            Self.parameter(name, in: "path", endpoint.pathType(of: name), required: true)
        }
        for argument in endpoint.queryArguments {
            parameters += Self.queryParameters(argument)
        }
        if !endpoint.bodyArguments.isEmpty {
            var body = JSONObject([
                ("type", .string("object")),
                ("properties", .object(JSONObject(endpoint.bodyArguments.map { ($0.name, SwaggerSchema.schema($0.describe(reflector))) }))),
            ])
            let required = endpoint.bodyArguments.filter(\.required).map { JSONValue.string($0.name) }
            if !required.isEmpty { body["required"] = .array(required) }
            parameters.append(.object(JSONObject([
                ("name", .string(id + "Body")),
                ("in", .string("body")),
                ("required", .bool(!required.isEmpty)),
                ("schema", .object(body)),
            ])))
        }
        let errorSchema = SwaggerSchema.schema(error)
        let success = endpoint.rawContentType == nil ? WireTypeReflector.resultSchema(endpoint, reflector) : .type("string")
        var responses = JSONObject([
            ("200", .object(JSONObject([("description", .string("200 Success.")), ("schema", success)]))),
        ])
        if endpoint.access != .anonymous {
            responses["401"] = .object(JSONObject([("description", .string("401 Unauthorized")), ("schema", errorSchema)]))
        }
        responses["default"] = .object(JSONObject([("description", .string("Unexpected error")), ("schema", errorSchema)]))
        // A text route still answers its errors in JSON.
        let produces = (endpoint.rawContentType.map { [String($0.split(separator: ";")[0])] } ?? []) + ["application/json"]
        return .object(JSONObject([
            ("tags", .array([.string(endpoint.service)])),
            ("description", .string(endpoint.summary)),
            ("operationId", .string(id)),
            ("produces", .array(produces.map(JSONValue.string))),
            ("parameters", .array(parameters)),
            ("responses", .object(responses)),
            ("x-magento-acl", .array(endpoint.access.resourceNames.map(JSONValue.string))),
        ]))
    }

    /// A path or query parameter of a scalar or enumerated type.
    static func parameter(_ name: String, in location: String, _ type: WireType, required: Bool, description: String = "") -> JSONValue {
        var object = JSONObject([("name", .string(name)), ("in", .string(location))])
        if case .object(let schema) = SwaggerSchema.schema(type) {
            for (key, value) in schema { object[key] = value }
        }
        object["required"] = .bool(required)
        if !description.isEmpty { object["description"] = .string(description) }
        return .object(object)
    }

    /// Magento spells searchCriteria out as bracketed query parameters; the page size stands for
    /// the whole (required) argument, since any one member makes it present.
    static func queryParameters(_ argument: QueryArgument) -> [JSONValue] {
        switch argument.kind {
        case .string:
            return [parameter(argument.name, in: "query", .string, required: argument.required)]
        case .integer:
            return [parameter(argument.name, in: "query", .integer, required: argument.required)]
        case .stringArray:
            return [.object(JSONObject([
                ("name", .string(argument.name + "[]")), ("in", .string("query")), ("type", .string("array")),
                ("items", .type("string")), ("collectionFormat", .string("multi")), ("required", .bool(argument.required)),
            ]))]
        case .searchCriteria:
            let filter = "searchCriteria[filterGroups][0][filters][0]"
            return [
                parameter("\(filter)[field]", in: "query", .string, required: false, description: "Field"),
                parameter("\(filter)[value]", in: "query", .string, required: false, description: "Value"),
                parameter("\(filter)[conditionType]", in: "query", .enumeration(Self.conditionTypes), required: false,
                          description: "Condition type, eq by default"),
                parameter("searchCriteria[sortOrders][0][field]", in: "query", .string, required: false, description: "Sorting field."),
                parameter("searchCriteria[sortOrders][0][direction]", in: "query", .enumeration(["ASC", "DESC"]), required: false,
                          description: "Sorting direction."),
                parameter("searchCriteria[pageSize]", in: "query", .integer, required: argument.required, description: "Page size."),
                parameter("searchCriteria[currentPage]", in: "query", .integer, required: false, description: "Current page."),
            ]
        }
    }

    /// Magento's condition types (`from`/`to` are the range aliases its adapter also accepts).
    static let conditionTypes = [
        "eq", "neq", "like", "nlike", "in", "nin", "null", "notnull", "gt", "lt", "gteq", "lteq",
        "from", "to", "finset", "nfinset", "regexp", "fulltext",
    ]
}
