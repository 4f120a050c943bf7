import AsyncHTTPClient
import CommerceDomain
import Foundation
import NIOCore
import NIOHTTP1

/// Webhook requests over AsyncHTTPClient's shared client. No redirects are followed: a
/// receiver that moved must be updated, not silently chased.
public struct HTTPWebhookTransport: WebhookTransport {
    let client: HTTPClient

    public init(client: HTTPClient = .shared) {
        self.client = client
    }

    public func post(url: String, headers: [(String, String)], body: [UInt8], timeout: TimeInterval) async throws -> Int {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await client.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
        // Drain (bounded) so the connection can be reused; the body itself is not needed.
        _ = try? await response.body.collect(upTo: 64 * 1024)
        return Int(response.status.code)
    }
}
