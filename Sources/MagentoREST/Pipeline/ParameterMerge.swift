import CommerceDomain
import MagentoWire

/// Assembles a call's arguments as Magento's `Rest\Request::getRequestData` and ParamsOverrider do.
enum ParameterMerge {
    static func merge(
        body: JSONValue?, path: [String: String], query: JSONObject,
        forced: [ForcedParameter], identity: CallerIdentity
    ) -> JSONObject {
        var parameters = JSONObject()
        switch body {
        case .object(let object):
            parameters = object
        case .array(let items):
            // PHP casts a JSON list to an array with integer keys.
            for (index, item) in items.enumerated() { parameters[String(index)] = item }
        case .some(let scalar):
            parameters["0"] = scalar
        case nil:
            break
        }
        for (name, value) in query { parameters[name] = value }
        for (name, value) in path { parameters[name] = .string(value) }
        for parameter in forced {
            set(&parameters, path: parameter.name.split(separator: ".").map(String.init), to: value(of: parameter.source, identity))
        }
        return parameters
    }

    static func value(of source: ForcedParameter.Source, _ identity: CallerIdentity) -> JSONValue {
        switch source {
        case .customerId:
            if case .customer(let id) = identity { return .number(String(id)) }
            return .null
        }
    }

    /// Sets a dotted path, creating objects on the way (`customer.id`).
    static func set(_ object: inout JSONObject, path: [String], to value: JSONValue) {
        guard let head = path.first else { return }
        if path.count == 1 {
            object[head] = value
            return
        }
        var child = object[head]?.objectValue ?? JSONObject()
        set(&child, path: Array(path.dropFirst()), to: value)
        object[head] = .object(child)
    }
}
