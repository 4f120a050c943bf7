import GraphQL
import MagentoWire

/// One member of `errors[]`, in the order Magento writes its keys: message, extensions,
/// locations, path.
struct GraphQLErrorEntry: Sendable {
    var message: String
    var category: GraphQLFault.Category
    var locations: [(line: Int, column: Int)]
    var path: [JSONValue]

    init(message: String, category: GraphQLFault.Category, locations: [(line: Int, column: Int)] = [], path: [JSONValue] = []) {
        self.message = message
        self.category = category
        self.locations = locations
        self.path = path
    }

    /// A syntax or validation error reported by the library.
    init(_ error: GraphQLError) {
        self.init(
            message: error.message, category: .graphql,
            locations: error.locations.map { ($0.line, $0.column) }
        )
    }

    var json: JSONValue {
        var object = JSONObject()
        object["message"] = .string(message)
        object["extensions"] = ["category": .string(category.rawValue)]
        if !locations.isEmpty {
            object["locations"] = .array(locations.map { ["line": .number(String($0.line)), "column": .number(String($0.column))] })
        }
        if !path.isEmpty { object["path"] = .array(path) }
        return .object(object)
    }

    /// The request-level answer Magento gives before execution: `{"errors":[…]}` without `data`.
    static func body(_ entries: [GraphQLErrorEntry]) -> JSONValue {
        ["errors": .array(entries.map(\.json))]
    }
}
