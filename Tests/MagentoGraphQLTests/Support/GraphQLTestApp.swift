import CommerceDomain
import CommerceStorage
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import MagentoREST
import MagentoWire
import MagpieServer
import NIOCore
import Testing

/// A `/graphql` answer as a test sees it.
struct GraphQLReply {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var text: String

    var json: JSONValue? { try? JSONValue.parse(Array(text.utf8)) }
    var data: JSONValue? { json?["data"] }
    var errors: [JSONValue] { json?["errors"]?.arrayValue ?? [] }
    var cacheId: String? { headers[HTTPField.Name("X-Magento-Cache-Id")!] }
}

/// The real server (in-memory SQLite unless told otherwise) driven through its router.
struct GraphQLTestApp {
    let magpie: MagpieApplication

    static func make(configure: (inout ServerConfiguration) -> Void = { _ in }) async throws -> GraphQLTestApp {
        var configuration = ServerConfiguration(database: ":memory:", adminPassword: "magpie-test-123")
        configuration.publicURL = "http://magpie.test/"
        configuration.catalogProfile = nil
        configuration.mediaDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("magpie-gql-media-\(UUID().uuidString)").path
        configure(&configuration)
        let magpie = try await MagpieApplication.prepare(
            configuration, hasher: PlainTestHasher(), logger: Logger(label: "test")
        )
        return GraphQLTestApp(magpie: magpie)
    }

    func run(_ body: @escaping @Sendable (GraphQLSession) async throws -> Void) async throws {
        let app = magpie.application(logger: Logger(label: "test"), runsWorker: false)
        do {
            try await app.test(.router) { client in try await body(GraphQLSession(client: client)) }
        } catch {
            await magpie.storage.close()
            throw error
        }
        await magpie.storage.close()
    }
}

/// Sends GraphQL the ways storefronts do: POST JSON (Hyvä, VSF) and GET query strings (PWA Studio).
struct GraphQLSession: Sendable {
    let client: any TestClientProtocol

    func post(
        _ query: String, variables: String? = nil, operationName: String? = nil, headers: [String: String] = [:]
    ) async throws -> GraphQLReply {
        var body = JSONObject()
        body["query"] = .string(query)
        if let variables { body["variables"] = try JSONValue.parse(Array(variables.utf8)) }
        if let operationName { body["operationName"] = .string(operationName) }
        return try await raw(.post, "/graphql", body: String(decoding: JSONValue.object(body).serialized(), as: UTF8.self), headers: headers)
    }

    func get(
        _ query: String, variables: String? = nil, operationName: String? = nil, headers: [String: String] = [:]
    ) async throws -> GraphQLReply {
        var items = [URLQueryItem(name: "query", value: query)]
        if let variables { items.append(URLQueryItem(name: "variables", value: variables)) }
        if let operationName { items.append(URLQueryItem(name: "operationName", value: operationName)) }
        var components = URLComponents()
        components.queryItems = items
        let encoded = (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
        return try await raw(.get, "/graphql?" + encoded, headers: headers)
    }

    func raw(
        _ method: HTTPRequest.Method, _ uri: String, body: String? = nil, contentType: String? = "application/json",
        headers extra: [String: String] = [:]
    ) async throws -> GraphQLReply {
        var headers = HTTPFields()
        if body != nil, let contentType { headers[.contentType] = contentType }
        for (name, value) in extra { headers[HTTPField.Name(name)!] = value }
        return try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
            GraphQLReply(status: response.status, headers: response.headers, text: String(buffer: response.body))
        }
    }
}

/// Password hashing that costs nothing, so tests that sign customers in stay fast.
struct PlainTestHasher: PasswordHasher {
    func hash(_ password: String) async throws -> String { "test-hash:" + password }
    func verify(_ password: String, against hash: String) async throws -> Bool { hash == "test-hash:" + password }
}
