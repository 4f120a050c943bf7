import HTTPTypes
import MagentoWire
import Testing

/// `__schema` and `__type` answered by our executor, including what GraphQLSwift 4.3.0 could not
/// answer: `__InputValue.isDeprecated` / `deprecationReason` and input fields' default values.
@Suite("GraphQL introspection")
struct IntrospectionTests {
    /// graphql-core's `get_introspection_query(descriptions=True, input_value_deprecation=True)`,
    /// the query gql sends with `fetch_schema_from_transport` and `client.introspection`.
    static let fullQuery = """
    query IntrospectionQuery {
      __schema {
        queryType { name }
        mutationType { name }
        subscriptionType { name }
        types { ...FullType }
        directives { name description locations args(includeDeprecated: true) { ...InputValue } }
      }
    }
    fragment FullType on __Type {
      kind name description
      fields(includeDeprecated: true) {
        name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason
      }
      inputFields(includeDeprecated: true) { ...InputValue }
      interfaces { ...TypeRef }
      enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
      possibleTypes { ...TypeRef }
    }
    fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
    fragment TypeRef on __Type {
      kind name
      ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
    }
    """

    static func type(_ reply: GraphQLReply, _ name: String) -> JSONValue? {
        reply.data?["__schema"]?["types"]?.arrayValue?.first { $0["name"]?.stringValue == name }
    }

    @Test("the full introspection query with input value deprecation answers the whole schema without errors")
    func fullIntrospection() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.post(Self.fullQuery)
            #expect(reply.errors.isEmpty, "\(reply.errors)")
            let schema = try #require(reply.data?["__schema"])
            #expect(schema["queryType"] == ["name": "Query"])
            #expect(schema["mutationType"] == ["name": "Mutation"])
            #expect(schema["subscriptionType"] == .null)
            #expect((schema["types"]?.arrayValue?.count ?? 0) > 250)
            let directives = schema["directives"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
            #expect(["include", "skip", "deprecated"].allSatisfy(directives.contains))

            let customerInput = try #require(Self.type(reply, "CustomerInput"))
            let dob = customerInput["inputFields"]?.arrayValue?.first { $0["name"] == "dob" }
            #expect(dob == [
                "name": "dob", "description": .null, "type": ["kind": "SCALAR", "name": "String", "ofType": .null],
                "defaultValue": .null, "isDeprecated": true, "deprecationReason": "Use `date_of_birth` instead.",
            ])
            let query = try #require(Self.type(reply, "Query"))
            let products = query["fields"]?.arrayValue?.first { $0["name"] == "products" }
            let pageSize = products?["args"]?.arrayValue?.first { $0["name"] == "pageSize" }
            #expect(pageSize == [
                "name": "pageSize", "description": .null, "type": ["kind": "SCALAR", "name": "Int", "ofType": .null],
                "defaultValue": "20", "isDeprecated": false, "deprecationReason": .null,
            ])
            let customerOrders = query["fields"]?.arrayValue?.first { $0["name"] == "customerOrders" }
            #expect(customerOrders?["isDeprecated"] == true)
            let possible = Self.type(reply, "ProductInterface")?["possibleTypes"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
            #expect(["SimpleProduct", "ConfigurableProduct", "VirtualProduct", "BundleProduct"].allSatisfy(possible.contains))
            let deprecated = schema["directives"]?.arrayValue?.first { $0["name"] == "deprecated" }
            let reason = deprecated?["args"]?.arrayValue?.first
            #expect(deprecated?["args"]?.arrayValue?.count == 1)
            #expect(reason?["name"] == "reason" && reason?["defaultValue"] == "\"No longer supported\"" && reason?["isDeprecated"] == false)
        }
    }

    @Test("deprecated input fields and fields are left out unless includeDeprecated is true")
    func includeDeprecated() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.get("""
            { all: __type(name: "CustomerInput") { inputFields(includeDeprecated: true) { name } }
              current: __type(name: "CustomerInput") { inputFields { name } }
              store: __type(name: "StoreConfig") { fields { name } } }
            """)
            let all = reply.data?["all"]?["inputFields"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
            let current = reply.data?["current"]?["inputFields"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
            #expect(all.contains("dob") && all.contains("date_of_birth"))
            #expect(current == all.filter { $0 != "dob" })
            let storeFields = reply.data?["store"]?["fields"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
            #expect(storeFields.contains("store_code") && !storeFields.contains("website_id"))
        }
    }

    @Test("__type answers wrappers, unknown names and typename exactly")
    func typeQuery() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.post("""
            { __type(name: "FilterEqualTypeInput") { __typename kind name description fields { name } inputFields { name type { kind name ofType { kind name } } defaultValue isDeprecated } }
              missing: __type(name: "NoSuchType") { name } }
            """)
            #expect(reply.text == #"{"data":{"__type":{"__typename":"__Type","kind":"INPUT_OBJECT","name":"FilterEqualTypeInput","description":null,"fields":null,"inputFields":[{"name":"eq","type":{"kind":"SCALAR","name":"String","ofType":null},"defaultValue":null,"isDeprecated":false},{"name":"in","type":{"kind":"LIST","name":null,"ofType":{"kind":"SCALAR","name":"String"}},"defaultValue":null,"isDeprecated":false}]},"missing":null}}"#)
            let missingName = try await session.post("{ __type { name } }")
            #expect(missingName.status == .ok || missingName.status == .badRequest)
            #expect(missingName.data?["__type"] == nil || missingName.data?["__type"] == .null)
            #expect(!missingName.errors.isEmpty)
        }
    }
}
