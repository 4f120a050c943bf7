import GraphQL
import MagentoWire

/// Executes one operation of a validated document against the registered resolvers:
/// ExecuteSelectionSet, CompleteValue and null propagation as the spec describes them.
///
/// Fields run one after another, so mutation root fields are serial as the spec requires and
/// query fields need no locking; resolvers that load lists load them whole (no N+1), which is
/// where the time goes, not in walking the tree.
struct OperationRun {
    let index: SchemaIndex
    let resolvers: [String: FieldResolver]
    let collector: FieldCollector
    let coercion: InputCoercion
    let context: GraphQLContext
    private(set) var errors: [GraphQLErrorEntry] = []

    /// Thrown upwards when a non-null field ended up null: the nearest nullable parent becomes null.
    struct NullBubble: Error {}

    init(index: SchemaIndex, resolvers: [String: FieldResolver], collector: FieldCollector, context: GraphQLContext) {
        self.index = index
        self.resolvers = resolvers
        self.collector = collector
        self.coercion = InputCoercion(index: index)
        self.context = context
    }

    /// The `data` member: the root object, or null when a non-null root field failed.
    mutating func execute(_ operation: OperationDefinition, rootType: String) async -> JSONValue {
        do {
            return try await executeObject(rootType, [operation.selectionSet], parent: .object(JSONObject()), path: [])
        } catch {
            return .null
        }
    }

    mutating func executeObject(
        _ typeName: String, _ sets: [SelectionSet], parent: JSONValue, path: [JSONValue]
    ) async throws -> JSONValue {
        var result = JSONObject()
        for group in collector.collect(sets, objectType: typeName) {
            let name = group.nodes[0].name.value
            if name == "__typename" {
                result[group.key] = .string(typeName)
                continue
            }
            guard let field = index.field(name, on: typeName) else { continue }
            result[group.key] = try await executeField(
                typeName, name: name, field: field, nodes: group.nodes, parent: parent, path: path + [.string(group.key)]
            )
        }
        return .object(result)
    }

    mutating func executeField(
        _ typeName: String, name: String, field: SchemaIndex.OutputField, nodes: [Field], parent: JSONValue, path: [JSONValue]
    ) async throws -> JSONValue {
        let raw: JSONValue
        do {
            if let resolver = resolver(for: typeName, field: name) {
                let arguments = try coercion.arguments(field.arguments, nodes: nodes[0].arguments, variables: collector.variables)
                raw = try await resolver.resolve(ResolverCall(
                    parent: parent, arguments: arguments, context: context, lookahead: collector.lookahead(nodes), fieldName: name
                ))
            } else {
                raw = parent[name] ?? .null
            }
        } catch let failure as InputCoercion.Failure {
            record(GraphQLFault(.input, failure.message), nodes: nodes, path: path)
            if field.type.isNonNull { throw NullBubble() }
            return .null
        } catch {
            record(GraphQLFault(error), nodes: nodes, path: path)
            if field.type.isNonNull { throw NullBubble() }
            return .null
        }
        do {
            return try await complete(raw, as: field.type, nodes: nodes, path: path, owner: "\(typeName).\(name)")
        } catch {
            if field.type.isNonNull { throw error }
            return .null
        }
    }

    mutating func complete(_ raw: JSONValue, as type: TypeRef, nodes: [Field], path: [JSONValue], owner: String) async throws -> JSONValue {
        switch type {
        case .nonNull(let inner):
            if raw.isNull {
                record(GraphQLFault(.graphql, "Cannot return null for non-nullable field \"\(owner)\"."), nodes: nodes, path: path)
                throw NullBubble()
            }
            let value = try await complete(raw, as: inner, nodes: nodes, path: path, owner: owner)
            if value.isNull { throw NullBubble() }
            return value
        case .list(let inner):
            if raw.isNull { return .null }
            let items = raw.arrayValue ?? [raw]
            var completed: [JSONValue] = []
            completed.reserveCapacity(items.count)
            for (position, item) in items.enumerated() {
                do {
                    completed.append(try await complete(item, as: inner, nodes: nodes, path: path + [.number(String(position))], owner: owner))
                } catch {
                    if inner.isNonNull { throw error }
                    completed.append(.null)
                }
            }
            return .array(completed)
        case .named(let name):
            if raw.isNull { return .null }
            switch index.kinds[name] {
            case .object:
                return try await executeObject(name, nodes.compactMap(\.selectionSet), parent: raw, path: path)
            case .interface, .union:
                guard let concrete = raw["__typename"]?.stringValue, index.matches(objectType: concrete, condition: name) else {
                    record(
                        GraphQLFault(.graphql, "Abstract type \"\(name)\" must resolve to an Object type at runtime for field \"\(owner)\"."),
                        nodes: nodes, path: path
                    )
                    return .null
                }
                return try await executeObject(concrete, nodes.compactMap(\.selectionSet), parent: raw, path: path)
            default:
                return LeafSerializer.serialize(raw, as: name)
            }
        }
    }

    func resolver(for typeName: String, field: String) -> FieldResolver? {
        if let own = resolvers[typeName + "." + field] { return own }
        for interface in index.interfaces(of: typeName) {
            if let shared = resolvers[interface + "." + field] { return shared }
        }
        return nil
    }

    mutating func record(_ fault: GraphQLFault, nodes: [Field], path: [JSONValue]) {
        let locations = nodes.prefix(1).compactMap { node in node.loc.map { ($0.startToken.line, $0.startToken.column) } }
        errors.append(GraphQLErrorEntry(message: fault.message, category: fault.category, locations: locations, path: path))
    }
}
