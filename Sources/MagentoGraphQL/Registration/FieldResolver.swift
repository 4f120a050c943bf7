import MagentoWire

/// One field of the schema bound to the code that answers it: `FieldResolver("Query",
/// "storeConfig") { call in … }`. A resolver registered on an interface (`ProductInterface`)
/// answers that field for every implementing type that has no resolver of its own.
///
/// Fields without a resolver read the member of the same name from the parent object, so a
/// resolver may return a whole JSON tree. An object returned where an interface or union is
/// expected names its concrete type in `__typename`.
public struct FieldResolver: Sendable {
    public let typeName: String
    public let fieldName: String
    let resolve: @Sendable (ResolverCall) async throws -> JSONValue

    public init(_ typeName: String, _ fieldName: String, _ resolve: @escaping @Sendable (ResolverCall) async throws -> JSONValue) {
        self.typeName = typeName
        self.fieldName = fieldName
        self.resolve = resolve
    }

    var key: String { typeName + "." + fieldName }
}

/// A part of the schema and its resolvers: one per area (store, catalog, cart, customer), the
/// way `Routes/` holds one file per REST resource family.
public protocol GraphQLArea: Sendable {
    /// This area's SDL: its types, and `extend type Query` / `extend type Mutation` for its roots.
    var schema: String { get }
    var resolvers: [FieldResolver] { get }
}
