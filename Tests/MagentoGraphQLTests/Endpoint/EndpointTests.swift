import HTTPTypes
import MagentoWire
import Testing

@Suite("GraphQL endpoint wire rules")
struct EndpointTests {
    static let storeQuery = "query StoreCode { storeConfig { store_code } }"
    static let storeAnswer = #"{"data":{"storeConfig":{"store_code":"default"}}}"#

    @Test("GET with query, operationName and JSON variables answers like POST")
    func getAndPost() async throws {
        try await GraphQLTestApp.make().run { session in
            let viaGet = try await session.get("query Code($id: String) { country(id: $id) { id } }", variables: #"{"id":"FR"}"#)
            let viaPost = try await session.post("query Code($id: String) { country(id: $id) { id } }", variables: #"{"id":"FR"}"#)
            #expect(viaGet.status == .ok)
            #expect(viaGet.text == #"{"data":{"country":{"id":"FR"}}}"#)
            #expect(viaPost.text == viaGet.text)
            #expect(viaGet.headers[.contentType] == "application/json")
        }
    }

    @Test("a GET query string with + for spaces, as the VSF SDK sends it, is read")
    func plusAsSpace() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.raw(.get, "/graphql?query=query+StoreCode%7BstoreConfig%7Bstore_code%7D%7D&operationName=StoreCode&variables=%7B%7D")
            #expect(reply.text == Self.storeAnswer)
        }
    }

    @Test("a mutation over GET is refused as Magento refuses it")
    func mutationOverGet() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.get("mutation { createEmptyCart }")
            #expect(reply.status == .ok)
            #expect(reply.text == #"{"errors":[{"message":"Mutation requests allowed only for POST requests","extensions":{"category":"graphql-input"}}]}"#)
        }
    }

    @Test("a POST that is not JSON is 415; an unreadable body is 400")
    func postBodies() async throws {
        try await GraphQLTestApp.make().run { session in
            let form = try await session.raw(.post, "/graphql", body: "query={storeConfig{store_code}}", contentType: "application/x-www-form-urlencoded")
            #expect(form.status == .unsupportedMediaType)
            #expect(form.text == #"{"errors":[{"message":"Request content type must be application/json","extensions":{"category":"graphql"}}]}"#)
            let broken = try await session.raw(.post, "/graphql", body: #"{"query": "#)
            #expect(broken.status == .badRequest)
            #expect(broken.text == #"{"errors":[{"message":"Unable to parse the request.","extensions":{"category":"graphql"}}]}"#)
            let charset = try await session.raw(.post, "/graphql", body: #"{"query":"{storeConfig{store_code}}"}"#, contentType: "application/json; charset=utf-8")
            #expect(charset.text == Self.storeAnswer)
        }
    }

    @Test("GET variables that are not JSON are Magento's parse error")
    func badVariables() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.get(Self.storeQuery, variables: "{nope")
            #expect(reply.text == #"{"errors":[{"message":"Unable to parse the variables.","extensions":{"category":"graphql"}}]}"#)
        }
    }

    @Test("a syntax error is 400 and a validation error 200, never 500")
    func syntaxAndValidation() async throws {
        try await GraphQLTestApp.make().run { session in
            let syntax = try await session.post("{ storeConfig { store_code }")
            #expect(syntax.status == .badRequest)
            #expect(syntax.text == #"{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>","extensions":{"category":"graphql"},"locations":[{"line":1,"column":29}]}]}"#)
            let unknown = try await session.post("{ storeConfig { shoe_size } }")
            #expect(unknown.status == .ok)
            #expect(unknown.text == #"{"errors":[{"message":"Cannot query field \"shoe_size\" on type \"StoreConfig\". Did you mean \"store_code\" or \"store_name\"?","extensions":{"category":"graphql"},"locations":[{"line":1,"column":17}]}]}"#)
            let empty = try await session.post("")
            #expect(empty.status == .badRequest)
            #expect(empty.text == #"{"errors":[{"message":"Syntax Error: Unexpected <EOF>","extensions":{"category":"graphql"},"locations":[{"line":1,"column":1}]}]}"#)
        }
    }

    @Test("OPTIONS answers the CORS preflight")
    func preflight() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.raw(.options, "/graphql", headers: ["Origin": "http://shop.test", "Access-Control-Request-Method": "POST"])
            #expect(reply.status == .noContent)
            #expect(reply.headers[HTTPField.Name("Access-Control-Allow-Origin")!] == "*")
            #expect(reply.headers[HTTPField.Name("Access-Control-Allow-Methods")!] == "GET, POST, OPTIONS")
            #expect(reply.headers[HTTPField.Name("Access-Control-Allow-Headers")!]?.contains("Store") == true)
        }
    }

    @Test("X-Magento-Cache-Id is on every answer, errors included, and changes with the store and currency")
    func cacheId() async throws {
        try await GraphQLTestApp.make().run { session in
            let first = try await session.post(Self.storeQuery)
            let again = try await session.get(Self.storeQuery)
            let french = try await session.post(Self.storeQuery, headers: ["Store": "fr"])
            let euro = try await session.post(Self.storeQuery, headers: ["Content-Currency": "EUR"])
            let failed = try await session.post("{ nope }")
            let id = try #require(first.cacheId)
            #expect(id.count == 64 && id.allSatisfy(\.isHexDigit))
            #expect(again.cacheId == id)
            #expect(failed.cacheId == id)
            #expect(french.cacheId != id)
            #expect(euro.cacheId != id && euro.cacheId != nil)
        }
    }

    @Test("a currency the store does not allow is refused")
    func unknownCurrency() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.post(Self.storeQuery, headers: ["Content-Currency": "JPY"])
            #expect(reply.text == #"{"errors":[{"message":"Please correct the target currency","extensions":{"category":"graphql-input"}}]}"#)
        }
    }

    @Test("an empty authorization header, as PWA Studio sends for guests, is a guest")
    func emptyAuthorization() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.post(Self.storeQuery, headers: ["Authorization": ""])
            #expect(reply.text == Self.storeAnswer)
            let bearer = try await session.post(Self.storeQuery, headers: ["Authorization": "Bearer not-a-token"])
            #expect(bearer.text == Self.storeAnswer)
        }
    }

    @Test("answers carry a request id, and metrics count them per operation name")
    func requestIdsAndMetrics() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.post(Self.storeQuery, headers: ["X-Request-Id": "gql-req-1"])
            #expect(reply.headers[HTTPField.Name("X-Request-Id")!] == "gql-req-1")
            let metrics = try await session.raw(.get, "/metrics")
            #expect(metrics.text.contains(#"route="GraphQL StoreCode""#))
        }
    }

    @Test("PUT is not a GraphQL method")
    func otherMethods() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.raw(.put, "/graphql", body: "{}")
            #expect(reply.status == .methodNotAllowed)
        }
    }
}
