import MagentoWire

/// `__schema` and `__type` answered by our executor from the `IntrospectionModel`: the root meta
/// fields, and the members of `__Type`, `__Field` and `__Directive` that take arguments or are
/// read by the type's name.
enum Introspection {
    static func resolvers(_ model: IntrospectionModel, queryType: String) -> [FieldResolver] {
        @Sendable func described(_ call: ResolverCall) -> JSONObject? {
            call.parent["name"]?.stringValue.flatMap { model.types[$0] }
        }
        let read = ["description", "specifiedByURL", "interfaces", "possibleTypes", "isOneOf"].map { member in
            FieldResolver("__Type", member) { call in described(call)?[member] ?? .null }
        }
        let filtered = ["fields", "enumValues", "inputFields"].map { member in
            FieldResolver("__Type", member) { call in
                guard let list = described(call)?[member] else { return .null }
                return withoutDeprecated(list, unless: call)
            }
        }
        return read + filtered + [
            FieldResolver(queryType, "__schema") { _ in .object(model.schema) },
            FieldResolver(queryType, "__type") { call in
                guard let name = call.string("name"), let type = model.types[name] else { return .null }
                return .object(JSONObject([("kind", type["kind"] ?? .null), ("name", .string(name)), ("ofType", .null)]))
            },
            FieldResolver("__Field", "args") { call in withoutDeprecated(call.parent["args"] ?? .array([]), unless: call) },
            FieldResolver("__Directive", "args") { call in withoutDeprecated(call.parent["args"] ?? .array([]), unless: call) },
        ]
    }

    /// The list without its deprecated entries, unless the call says `includeDeprecated: true`.
    static func withoutDeprecated(_ list: JSONValue, unless call: ResolverCall) -> JSONValue {
        if call.bool("includeDeprecated") == true { return list }
        return .array((list.arrayValue ?? []).filter { $0["isDeprecated"]?.boolValue != true })
    }
}
