import GraphQL
import MagentoWire

extension JSONValue {
    /// A library `Map` (defaults in the schema, introspection results) as our JSON value.
    init(map: Map) {
        switch map {
        case .undefined, .null: self = .null
        case .bool(let bool): self = .bool(bool)
        case .number(let number): self = .number(number.description)
        case .string(let string): self = .string(string)
        case .array(let items): self = .array(items.map(JSONValue.init(map:)))
        case .dictionary(let pairs): self = .object(JSONObject(pairs.map { ($0.key, JSONValue(map: $0.value)) }))
        }
    }

    /// Our JSON value as a library `Map` (variables handed to the introspection executor).
    var map: Map {
        (try? Map(self)) ?? .null
    }
}
