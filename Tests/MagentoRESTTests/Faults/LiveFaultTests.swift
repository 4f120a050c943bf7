import AsyncHTTPClient
import CommerceStorage
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import MagentoREST
import MagentoWire
import MagpieServer
import NIOCore
import NIOHTTP1
import Testing

/// `drop` and `hang` act on the connection, so they are checked against a real server on
/// loopback with a real HTTP client: what a connector would see.
@Suite("Connection faults against a live server", .serialized)
struct LiveFaultTests {
    /// Runs a live server on `port` with `rules` set, and hands `body` a client and the base URL.
    static func live(port: Int, rules: String, _ body: @escaping @Sendable (HTTPClient, String, String) async throws -> Void) async throws {
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        do {
            try await LiveServer.run(port: port) { port in
                let base = "http://127.0.0.1:\(port)"
                let token = try await Self.adminToken(client, base: base)
                var put = HTTPClientRequest(url: base + "/rest/V1/magpie/faults")
                put.method = .PUT
                put.headers.add(name: "Authorization", value: "Bearer \(token)")
                put.headers.add(name: "Content-Type", value: "application/json")
                put.body = .bytes(ByteBuffer(string: #"{"faults":\#(rules)}"#))
                let response = try await client.execute(put, timeout: .seconds(5))
                #expect(response.status == .ok)
                try await body(client, base, token)
            }
        } catch {
            try? await client.shutdown()
            throw error
        }
        try await client.shutdown()
    }

    static func adminToken(_ client: HTTPClient, base: String) async throws -> String {
        var request = HTTPClientRequest(url: base + "/rest/V1/integration/admin/token")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: #"{"username":"admin","password":"\#(TestApp.adminPassword)"}"#))
        let response = try await client.execute(request, timeout: .seconds(5))
        let body = try await response.body.collect(upTo: 1 << 16)
        guard case .string(let token) = try JSONValue.parse(Array(buffer: body)) else { throw HTTPClientError.invalidURL }
        return token
    }

    static func get(_ client: HTTPClient, _ url: String, token: String? = nil, timeout: TimeAmount) async throws -> (HTTPResponseStatus, String) {
        var request = HTTPClientRequest(url: url)
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        let response = try await client.execute(request, timeout: timeout)
        let body = try await response.body.collect(upTo: 1 << 20)
        return (response.status, String(buffer: body))
    }

    static func attempt(_ client: HTTPClient, _ url: String, timeout: TimeAmount) async -> Result<(HTTPResponseStatus, String), any Error> {
        do {
            return .success(try await get(client, url, timeout: timeout))
        } catch {
            return .failure(error)
        }
    }

    @Test("drop closes the connection without a response: the client sees the connection closed, and other requests are served")
    func drop() async throws {
        try await Self.live(port: 18104, rules: #"{"rules":[{"path":"/V1/directory/countries/DE","action":"drop"}]}"#) { client, base, _ in
            await #expect {
                _ = try await Self.get(client, base + "/rest/V1/directory/countries/DE", timeout: .seconds(5))
            } throws: { error in
                (error as? HTTPClientError) == .remoteConnectionClosed
            }
            let other = try await Self.get(client, base + "/rest/V1/directory/countries/FR", timeout: .seconds(5))
            #expect(other.0 == .ok)
        }
    }

    @Test("hang holds the request past the client's timeout without stopping other requests, then closes the connection")
    func hang() async throws {
        let rules = #"{"rules":[{"path":"/V1/directory/countries/DE","action":"hang","seconds":6}]}"#
        try await Self.live(port: 18114, rules: rules) { client, base, _ in
            let clock = ContinuousClock()
            let started = clock.now
            // The impatient attempt notes when it gave up, so the check below measures the timeout,
            // not how long the loop of other requests took.
            async let impatient = { () async -> (Result<(HTTPResponseStatus, String), any Error>, ContinuousClock.Instant) in
                let result = await Self.attempt(client, base + "/rest/V1/directory/countries/DE", timeout: .seconds(1))
                return (result, clock.now)
            }()
            async let patient = Self.attempt(client, base + "/rest/V1/directory/countries/DE", timeout: .seconds(20))
            // While both are held, other requests are answered well inside the hang. The bounds
            // are halves of the 6 s hang, not latency targets, so a loaded CI machine still passes.
            try await Task.sleep(for: .milliseconds(200))
            for _ in 0..<5 {
                let before = clock.now
                let other = try await Self.get(client, base + "/rest/V1/directory/countries/FR", timeout: .seconds(5))
                #expect(other.0 == .ok)
                #expect(clock.now - before < .seconds(3))
            }
            let (impatientResult, gaveUpAt) = await impatient
            guard case .failure(let timedOut) = impatientResult else {
                Issue.record("the hung request was answered before the client's timeout")
                return
            }
            #expect((timedOut as? HTTPClientError) == .deadlineExceeded)
            #expect(gaveUpAt - started < .seconds(6))
            // The patient client waits out the hang and then sees the connection closed, no response.
            guard case .failure(let error) = await patient else {
                Issue.record("the hung request was answered")
                return
            }
            #expect((error as? HTTPClientError) == .remoteConnectionClosed)
            #expect(clock.now - started >= .seconds(6))
        }
    }

    @Test("after expire_token, a token fetched again at once is a different token and works (the SDK's refresh)")
    func refreshAfterExpiry() async throws {
        try await Self.live(port: 18104, rules: #"{"rules":[{"path":"/V1/store/*","action":"expire_token","limit":1}]}"#) { client, base, token in
            let hit = try await Self.get(client, base + "/rest/V1/store/websites", token: token, timeout: .seconds(5))
            #expect(hit.0 == .unauthorized)
            let fresh = try await Self.adminToken(client, base: base)
            #expect(fresh != token)
            let retried = try await Self.get(client, base + "/rest/V1/store/websites", token: fresh, timeout: .seconds(5))
            #expect(retried.0 == .ok)
        }
    }
}
