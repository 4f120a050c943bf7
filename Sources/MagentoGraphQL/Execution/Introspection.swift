import GraphQL
import MagentoWire

/// `__schema` and `__type` are answered by the library's own executor over the SDL-built schema:
/// introspection needs no resolvers of ours, and the library's answer is the reference one.
enum Introspection {
    struct Result {
        var data: JSONObject
        var errors: [GraphQLErrorEntry]
    }

    static func run(schema: GraphQLSchema, document: Document, variables: JSONObject, operationName: String?) async -> Result {
        let result: GraphQLResult
        do {
            result = try await execute(
                schema: schema, documentAST: document, rootValue: [String: any Sendable](), context: (),
                variableValues: Dictionary(uniqueKeysWithValues: variables.map { ($0.key, $0.value.map) }),
                operationName: operationName
            )
        } catch {
            return Result(data: JSONObject(), errors: [GraphQLErrorEntry(message: "\(error)", category: .graphql)])
        }
        let data = result.data.map(JSONValue.init(map:))?.objectValue ?? JSONObject()
        // Errors of the non-introspection fields (which the library cannot resolve) are not ours
        // to report; errors without a path (the library refusing the request) are.
        let errors = result.errors.filter { error in
            guard case .key(let first)? = error.path.elements.first else { return true }
            return first == "__schema" || first == "__type"
        }
        return Result(data: data, errors: errors.map(GraphQLErrorEntry.init))
    }
}
