import GraphQL
import MagentoWire

/// The schema assembled from the areas, their resolvers, and the validated-document cache:
/// everything needed to answer one GraphQL request body, without HTTP.
public struct GraphQLEngine: Sendable {
    let schema: GraphQLSchema
    let index: SchemaIndex
    let resolvers: [String: FieldResolver]
    let documents = DocumentCache()

    /// What one request produced: the body, its HTTP status, and what metrics and caching need.
    public struct Outcome: Sendable {
        public var status: Int
        public var body: JSONValue
        /// The executed operation's name, when it had one.
        public var operationName: String?
        public var isMutation: Bool
        /// The root field names the operation selected (for cacheability decisions).
        public var rootFields: [String]
    }

    /// Builds the schema from the areas' SDL (our own, written from Magento's published facts).
    public init(areas: [any GraphQLArea]) throws {
        let sdl = SchemaRoots.sdl(for: areas)
        schema = try buildSchema(source: sdl)
        index = try SchemaIndex(schema)
        let introspection = Introspection.resolvers(try IntrospectionModel(schema), queryType: index.queryType)
        var table: [String: FieldResolver] = [:]
        for area in areas {
            for resolver in area.resolvers {
                precondition(table[resolver.key] == nil, "two resolvers for \(resolver.key)")
                precondition(
                    index.field(resolver.fieldName, on: resolver.typeName) != nil,
                    "resolver for \(resolver.key), which the schema does not declare"
                )
                table[resolver.key] = resolver
            }
        }
        for resolver in introspection { table[resolver.key] = resolver }
        resolvers = table
    }

    /// The operation a document would run, so the HTTP layer can refuse a mutation over GET
    /// before anything executes.
    public func operationType(query: String, operationName: String?) -> String? {
        guard let document = documents.document(for: query, schema: schema).document,
              let operation = try? Self.operation(in: document, named: operationName) else { return nil }
        return operation.operation.rawValue
    }

    public func execute(query: String, variables: JSONObject, operationName: String?, context: GraphQLContext) async -> Outcome {
        let checked = documents.document(for: query, schema: schema)
        guard let document = checked.document, checked.errors.isEmpty else {
            return Outcome(
                status: checked.isSyntaxError ? 400 : 200, body: GraphQLErrorEntry.body(checked.errors),
                operationName: operationName, isMutation: false, rootFields: []
            )
        }
        let operation: OperationDefinition
        do {
            operation = try Self.operation(in: document, named: operationName)
        } catch {
            return Outcome(status: 200, body: GraphQLErrorEntry.body([GraphQLErrorEntry(message: "\(error)", category: .graphql)]),
                           operationName: operationName, isMutation: false, rootFields: [])
        }
        let isMutation = operation.operation == .mutation
        let rootType = isMutation ? (index.mutationType ?? "Mutation") : index.queryType
        let name = operation.name?.value ?? operationName
        let coercion = InputCoercion(index: index)
        let values: JSONObject
        do {
            values = try coercion.variables(operation.variableDefinitions, provided: variables)
        } catch {
            let message = (error as? InputCoercion.Failure)?.message ?? "\(error)"
            return Outcome(status: 200, body: GraphQLErrorEntry.body([GraphQLErrorEntry(message: message, category: .graphql)]),
                           operationName: name, isMutation: isMutation, rootFields: [])
        }
        var fragments: [String: FragmentDefinition] = [:]
        for case let fragment as FragmentDefinition in document.definitions { fragments[fragment.name.value] = fragment }
        let collector = FieldCollector(index: index, fragments: fragments, variables: values)
        let roots = collector.collect([operation.selectionSet], objectType: rootType)
        let rootFields = roots.map { $0.nodes[0].name.value }
        var run = OperationRun(index: index, resolvers: resolvers, collector: collector, context: context)
        let data = await run.execute(operation, rootType: rootType)
        let errors = run.errors
        var body = JSONObject()
        if !errors.isEmpty { body["errors"] = .array(errors.map(\.json)) }
        body["data"] = data
        return Outcome(status: 200, body: .object(body), operationName: name, isMutation: isMutation, rootFields: rootFields)
    }

    struct OperationChoiceError: Error, CustomStringConvertible {
        var description: String
    }

    static func operation(in document: Document, named name: String?) throws -> OperationDefinition {
        let operations = document.definitions.compactMap { $0 as? OperationDefinition }
        if let name, !name.isEmpty {
            guard let match = operations.first(where: { $0.name?.value == name }) else {
                throw OperationChoiceError(description: "Unknown operation named \"\(name)\".")
            }
            return match
        }
        guard operations.count == 1, let only = operations.first else {
            throw OperationChoiceError(description: operations.isEmpty
                ? "Must provide an operation."
                : "Must provide operation name if query contains multiple operations.")
        }
        return only
    }
}
