import CommerceDomain
import MagentoGraphQL
import MagentoWire
import Testing

/// A small schema with the shapes Magento's uses (interfaces, unions, non-null, inputs), so the
/// executor's rules are tested apart from any store data.
struct ZooArea: GraphQLArea {
    var schema: String {
        """
        extend type Query {
            animals(kind: AnimalKind, limit: Int = 2): [Animal]
            animal(id: ID!): Animal
            strict: Strict
            pets: [Pet!]
            echo(input: EchoInput!): String
            fail: String
            failRequired: String!
        }
        extend type Mutation {
            first: Int
            second: Int
        }
        enum AnimalKind { DOG CAT }
        interface Animal {
            uid: ID!
            name: String
        }
        type Dog implements Animal {
            uid: ID!
            name: String
            barks: Boolean
        }
        type Cat implements Animal {
            uid: ID!
            name: String
            lives: Int
        }
        union Pet = Dog | Cat
        type Strict {
            required: String!
            optional: String
        }
        input EchoInput {
            text: String!
            times: Int = 1
            tags: [String]
        }
        """
    }

    static let animals: [JSONValue] = [
        ["__typename": "Dog", "uid": "MQ==", "name": "Rex", "barks": true],
        ["__typename": "Cat", "uid": "Mg==", "name": "Tom", "lives": 9],
        ["__typename": "Cat", "uid": "Mw==", "name": "Kit", "lives": 7],
    ]

    var resolvers: [FieldResolver] {
        [
            FieldResolver("Query", "animals") { call in
                let kind = call.string("kind")
                let limit = call.int("limit") ?? 0
                let matching = Self.animals.filter { kind == nil || $0["__typename"]?.stringValue?.uppercased() == kind }
                return .array(Array(matching.prefix(limit)))
            },
            FieldResolver("Query", "animal") { call in
                guard let found = Self.animals.first(where: { $0["uid"]?.stringValue == call.string("id") }) else {
                    throw GraphQLFault.noSuchEntity("The animal that was requested doesn't exist.")
                }
                return found
            },
            FieldResolver("Query", "strict") { _ in ["optional": "here"] },
            FieldResolver("Query", "pets") { _ in .array(Self.animals + [["name": "untyped"]]) },
            FieldResolver("Query", "echo") { call in
                let input = try call.required("input")
                let text = input["text"]?.stringValue ?? ""
                let times = Int(input["times"]?.numberText ?? "1") ?? 1
                return .string(String(repeating: text, count: times) + (input["tags"]?.arrayValue.map { "\($0.count)" } ?? ""))
            },
            FieldResolver("Query", "fail") { _ in throw CommerceError.noSuchEntity(field: "id", value: "7") },
            FieldResolver("Query", "failRequired") { _ in throw GraphQLFault.authorization("The current customer isn't authorized.") },
            FieldResolver("Animal", "name") { call in .string((call.parent["name"]?.stringValue ?? "").uppercased()) },
            FieldResolver("Mutation", "first") { _ in 1 },
            FieldResolver("Mutation", "second") { _ in 2 },
        ]
    }
}

@Suite("GraphQL executor")
struct ExecutorTests {
    let engine: GraphQLEngine

    init() throws {
        engine = try GraphQLEngine(areas: [ZooArea()])
    }

    static let context = GraphQLContext(
        store: StoreView(id: 1, code: "default", name: "Default Store View", websiteId: 1, storeGroupId: 1, isActive: 1),
        stores: StoreDirectory(websites: [], groups: [], views: [], config: []),
        identity: .guest, currency: "USD", baseURL: "http://magpie.test/", requestId: "test"
    )

    func run(_ query: String, variables: JSONObject = JSONObject(), operationName: String? = nil) async -> String {
        let outcome = await engine.execute(query: query, variables: variables, operationName: operationName, context: Self.context)
        return String(decoding: outcome.body.serialized(), as: UTF8.self)
    }

    @Test("fragments on an interface and inline fragments pick fields by the runtime type")
    func interfaceFragments() async {
        let text = await run("""
        query { animals(limit: 3) { __typename ...Named ... on Dog { barks } ... on Cat { lives } } }
        fragment Named on Animal { uid name }
        """)
        #expect(text == #"{"data":{"animals":[{"__typename":"Dog","uid":"MQ==","name":"REX","barks":true},{"__typename":"Cat","uid":"Mg==","name":"TOM","lives":9},{"__typename":"Cat","uid":"Mw==","name":"KIT","lives":7}]}}"#)
    }

    @Test("argument defaults apply and enum arguments filter")
    func defaultsAndEnums() async {
        #expect(await run("{ animals { name } }") == #"{"data":{"animals":[{"name":"REX"},{"name":"TOM"}]}}"#)
        #expect(await run("{ animals(kind: CAT, limit: 5) { name } }") == #"{"data":{"animals":[{"name":"TOM"},{"name":"KIT"}]}}"#)
    }

    @Test("aliases, duplicate selections, commas and __typename on the root")
    func aliasesAndDuplicates() async {
        let text = await run("{ __typename, a: animal(id: \"MQ==\") { name, name }, b: animal(id: \"Mg==\",) { uid } }")
        #expect(text == #"{"data":{"__typename":"Query","a":{"name":"REX"},"b":{"uid":"Mg=="}}}"#)
    }

    @Test("variables with defaults, @skip and @include")
    func variablesAndDirectives() async {
        let query = """
        query Pick($id: ID!, $limit: Int = 1, $withName: Boolean = false) {
          one: animal(id: $id) { uid name @include(if: $withName) }
          some: animals(limit: $limit) { uid @skip(if: true) name }
        }
        """
        #expect(await run(query, variables: ["id": "Mw=="]) == #"{"data":{"one":{"uid":"Mw=="},"some":[{"name":"REX"}]}}"#)
        #expect(await run(query, variables: ["id": "Mw==", "withName": true, "limit": 2])
            == #"{"data":{"one":{"uid":"Mw==","name":"KIT"},"some":[{"name":"REX"},{"name":"TOM"}]}}"#)
    }

    @Test("a resolver's fault becomes Magento's error with category, locations and path; the field is null")
    func faults() async {
        let text = await run("{\n  animal(id: \"OQ==\") { name }\n}")
        #expect(text == #"{"errors":[{"message":"The animal that was requested doesn't exist.","extensions":{"category":"graphql-no-such-entity"},"locations":[{"line":2,"column":3}],"path":["animal"]}],"data":{"animal":null}}"#)
    }

    @Test("a domain error is mapped to its category and message")
    func domainErrors() async {
        let text = await run("{ fail }")
        #expect(text == #"{"errors":[{"message":"No such entity with id = 7","extensions":{"category":"graphql-no-such-entity"},"locations":[{"line":1,"column":3}],"path":["fail"]}],"data":{"fail":null}}"#)
    }

    @Test("a failed non-null root field makes data null")
    func nonNullRoot() async {
        let text = await run("{ failRequired }")
        #expect(text == #"{"errors":[{"message":"The current customer isn't authorized.","extensions":{"category":"graphql-authorization"},"locations":[{"line":1,"column":3}],"path":["failRequired"]}],"data":null}"#)
    }

    @Test("a null in a non-null field bubbles to the nearest nullable parent")
    func nullBubbling() async {
        let text = await run("{ strict { optional required } }")
        #expect(text == #"{"errors":[{"message":"Cannot return null for non-nullable field \"Strict.required\".","extensions":{"category":"graphql"},"locations":[{"line":1,"column":21}],"path":["strict","required"]}],"data":{"strict":null}}"#)
    }

    @Test("a union member without a concrete type nulls the non-null list item and so the list")
    func unions() async {
        let text = await run("{ pets { ... on Dog { barks } ... on Cat { lives } } }")
        #expect(text == #"{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pets\".","extensions":{"category":"graphql"},"locations":[{"line":1,"column":3}],"path":["pets",3]}],"data":{"pets":null}}"#)
    }

    @Test("input objects are coerced: defaults, single values as lists, required fields")
    func inputObjects() async {
        #expect(await run(#"{ echo(input: {text: "ab", tags: "x"}) }"#) == #"{"data":{"echo":"ab1"}}"#)
        #expect(await run(#"query($t: String!) { echo(input: {text: $t, times: 2}) }"#, variables: ["t": "z"]) == #"{"data":{"echo":"zz"}}"#)
        #expect(await run(#"query($in: EchoInput!) { echo(input: $in) }"#, variables: ["in": ["times": 2]])
            == #"{"errors":[{"message":"Variable \"$in\" got invalid value {\"times\":2}; Field \"EchoInput.text\" of required type \"String!\" was not provided.","extensions":{"category":"graphql"}}]}"#)
    }

    @Test("variables are checked against their declared types")
    func variableErrors() async {
        #expect(await run(#"query($l: Int) { animals(limit: $l) { uid } }"#, variables: ["l": "two"])
            == #"{"errors":[{"message":"Variable \"$l\" got invalid value \"two\"; Int cannot represent non-integer value: \"two\"","extensions":{"category":"graphql"}}]}"#)
        #expect(await run(#"query($id: ID!) { animal(id: $id) { uid } }"#)
            == #"{"errors":[{"message":"Variable \"$id\" of required type \"ID!\" was not provided.","extensions":{"category":"graphql"}}]}"#)
    }

    @Test("an Int wider than 32 bits is refused, as a variable and as a literal, so paging arithmetic cannot overflow")
    func wideIntegers() async {
        #expect(await run(#"query($l: Int) { animals(limit: $l) { uid } }"#, variables: ["l": .number("9223372036854775807")])
            == #"{"errors":[{"message":"Variable \"$l\" got invalid value 9223372036854775807; Int cannot represent non 32-bit signed integer value: 9223372036854775807","extensions":{"category":"graphql"}}]}"#)
        let literal = await run("{ animals(limit: 9223372036854775807) { uid } }")
        #expect(literal.hasPrefix(#"{"errors":[{"message":"Int cannot represent non 32-bit signed integer value: 9223372036854775807""#))
        #expect(await run(#"query($l: Int) { animals(limit: $l) { uid } }"#, variables: ["l": .number("2147483647")])
            == #"{"data":{"animals":[{"uid":"MQ=="},{"uid":"Mg=="},{"uid":"Mw=="}]}}"#)
    }

    @Test("mutation root fields run in order; the operation is chosen by name")
    func mutationsAndOperationNames() async {
        let document = "mutation Two { b: second a: first } query One { __typename }"
        #expect(await run(document, operationName: "Two") == #"{"data":{"b":2,"a":1}}"#)
        #expect(await run(document, operationName: "One") == #"{"data":{"__typename":"Query"}}"#)
        #expect(await run(document) == #"{"errors":[{"message":"Must provide operation name if query contains multiple operations.","extensions":{"category":"graphql"}}]}"#)
    }

    @Test("syntax errors answer 400 and validation errors 200, each with locations")
    func syntaxAndValidation() async {
        let broken = await engine.execute(query: "{ animals { uid }", variables: JSONObject(), operationName: nil, context: Self.context)
        #expect(broken.status == 400)
        #expect(String(decoding: broken.body.serialized(), as: UTF8.self) == #"{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>","extensions":{"category":"graphql"},"locations":[{"line":1,"column":18}]}]}"#)
        let invalid = await engine.execute(query: "{ animals { nope } }", variables: JSONObject(), operationName: nil, context: Self.context)
        #expect(invalid.status == 200)
        #expect(String(decoding: invalid.body.serialized(), as: UTF8.self) == #"{"errors":[{"message":"Cannot query field \"nope\" on type \"Animal\". Did you mean \"name\"?","extensions":{"category":"graphql"},"locations":[{"line":1,"column":13}]}]}"#)
    }

    @Test("introspection answers __type and __schema beside our own fields")
    func introspection() async {
        let text = await run(#"{ __type(name: "Pet") { kind possibleTypes { name } } strict { optional } }"#)
        #expect(text == #"{"data":{"__type":{"kind":"UNION","possibleTypes":[{"name":"Dog"},{"name":"Cat"}]},"strict":{"optional":"here"}}}"#)
    }
}
