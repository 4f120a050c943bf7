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

/// A response as a test sees it.
struct TestReply {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var text: String

    var json: JSONValue? { try? JSONValue.parse(Array(text.utf8)) }
    var contentType: String? { headers[.contentType] }
}

/// The real application on in-memory SQLite, driven through its router with no network.
struct TestApp {
    static let adminPassword = "magpie-test-123"

    let clock: TestClock
    let magpie: MagpieApplication

    static func make(
        clock: TestClock = TestClock(), extraEndpoints: [Endpoint] = [],
        webhookTransport: any WebhookTransport = RecordingTransport(),
        hasher: any PasswordHasher = FastTestHasher(),
        configure: (inout ServerConfiguration) -> Void = { _ in }
    ) async throws -> TestApp {
        var configuration = ServerConfiguration(database: ":memory:", adminPassword: adminPassword)
        configuration.publicURL = "http://magpie.test/"
        configuration.catalogProfile = nil
        configuration.mediaDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("magpie-test-media-\(UUID().uuidString)").path
        configure(&configuration)
        let magpie = try await MagpieApplication.prepare(
            configuration, clock: clock, hasher: hasher, logger: Logger(label: "test"),
            extraEndpoints: extraEndpoints, webhookTransport: webhookTransport
        )
        return TestApp(clock: clock, magpie: magpie)
    }

    /// Runs `body` with a client, then closes storage.
    func run(_ body: @escaping @Sendable (TestSession) async throws -> Void) async throws {
        let app = magpie.application(logger: Logger(label: "test"), runsWorker: false)
        do {
            try await app.test(.router) { client in
                try await body(TestSession(client: client))
            }
        } catch {
            await magpie.sandboxes?.closeAll()
            await magpie.storage.close()
            throw error
        }
        await magpie.sandboxes?.closeAll()
        await magpie.storage.close()
    }
}

/// One client session with helpers for Magento-style calls.
struct TestSession: Sendable {
    let client: any TestClientProtocol

    func send(
        _ method: HTTPRequest.Method, _ uri: String, token: String? = nil, body: String? = nil,
        contentType: String? = "application/json", headers extra: [String: String] = [:]
    ) async throws -> TestReply {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer \(token)" }
        if body != nil, let contentType { headers[.contentType] = contentType }
        for (name, value) in extra { headers[HTTPField.Name(name)!] = value }
        return try await client.execute(
            uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }
        ) { response in
            TestReply(status: response.status, headers: response.headers, text: String(buffer: response.body))
        }
    }

    func get(_ uri: String, token: String? = nil) async throws -> TestReply {
        try await send(.get, uri, token: token)
    }

    /// A fresh admin token for the bootstrap admin.
    func adminToken() async throws -> String {
        let reply = try await send(
            .post, "/rest/V1/integration/admin/token",
            body: #"{"username":"admin","password":"\#(TestApp.adminPassword)"}"#
        )
        #expect(reply.status == .ok)
        guard case .string(let token) = reply.json else {
            Issue.record("token response was not a JSON string: \(reply.text)")
            return ""
        }
        return token
    }
}
