import MagentoWire

/// `{query, variables, operationName}` read from a POST body or a GET query string, with
/// Magento's messages for what cannot be read.
struct GraphQLRequestBody {
    var query: String
    var variables: JSONObject
    var operationName: String?

    struct Unreadable: Error {
        var message: String
    }

    /// A POST body: a JSON object; `variables` may be an object, null or (as some clients send)
    /// a JSON string.
    static func post(_ bytes: [UInt8]) throws -> GraphQLRequestBody {
        guard let parsed = try? bytes.withUnsafeBytes({ try JSONValue.parse($0) }), case .object(let object) = parsed else {
            throw Unreadable(message: "Unable to parse the request.")
        }
        return try read(query: object["query"], variables: object["variables"], operationName: object["operationName"])
    }

    /// A GET query string: `variables` is JSON text.
    static func get(_ queryString: String) throws -> GraphQLRequestBody {
        let parameters = PHPQuery.parse(queryString)
        return try read(query: parameters["query"], variables: parameters["variables"], operationName: parameters["operationName"])
    }

    static func read(query: JSONValue?, variables: JSONValue?, operationName: JSONValue?) throws -> GraphQLRequestBody {
        let values: JSONObject
        switch variables {
        case nil, .null?: values = JSONObject()
        case .object(let object)?: values = object
        case .string(let text)?:
            if text.isEmpty {
                values = JSONObject()
            } else {
                guard let parsed = try? Array(text.utf8).withUnsafeBytes({ try JSONValue.parse($0) }) else {
                    throw Unreadable(message: "Unable to parse the variables.")
                }
                switch parsed {
                case .object(let object): values = object
                case .null: values = JSONObject()
                default: throw Unreadable(message: "Unable to parse the variables.")
                }
            }
        default: throw Unreadable(message: "Unable to parse the variables.")
        }
        return GraphQLRequestBody(
            query: query?.stringValue ?? "", variables: values,
            operationName: operationName?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        )
    }
}
