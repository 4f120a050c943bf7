import CommerceDomain
import CommerceJobs
import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import MagentoWire
import MagpieServer
import Synchronization
import Testing

@Suite("Webhook delivery over real HTTP to a local receiver")
struct WebhookLiveDeliveryTests {
    /// What the receiver saw: its verdict on the signature, and the delivery id.
    final class Inbox: Sendable {
        let received = Mutex<[(valid: Bool, deliveryId: String, eventType: String)]>([])
    }

    @Test("the HTTP transport posts a delivery that the receiver verifies with the shared secret")
    func liveDelivery() async throws {
        let inbox = Inbox()
        let router = Router()
        router.post("hook") { request, _ -> HTTPResponse.Status in
            let body = try await request.body.collect(upTo: 1 << 20)
            let text = String(buffer: body)
            let header = request.headers[HTTPField.Name("Magpie-Signature")!] ?? ""
            let parts = Dictionary(header.split(separator: ",").compactMap { pair -> (String, String)? in
                let kv = pair.split(separator: "=", maxSplits: 1)
                return kv.count == 2 ? (String(kv[0]), String(kv[1])) : nil
            }, uniquingKeysWith: { first, _ in first })
            let mac = HMAC<SHA256>.authenticationCode(
                for: Data("\(parts["t"] ?? "").\(text)".utf8), using: SymmetricKey(data: Data("live-secret".utf8))
            ).map { String(format: "%02x", $0) }.joined()
            inbox.received.withLock {
                $0.append((mac == parts["v1"], request.headers[HTTPField.Name("Magpie-Delivery-Id")!] ?? "",
                           request.headers[HTTPField.Name("Magpie-Event-Type")!] ?? ""))
            }
            return .noContent
        }
        let receiver = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await receiver.test(.live) { client in
            let port = try #require(client.port)
            let app = try await TestApp.make(webhookTransport: HTTPWebhookTransport())
            try await app.run { session in
                let token = try await session.adminToken()
                _ = try await session.send(.post, "/rest/V1/webhooks", token: token, body: #"{"webhook":{"name":"Live","url":"http://127.0.0.1:\#(port)/hook","secret":"live-secret","topics":["*"]}}"#)
                _ = try await session.send(.post, "/rest/V1/webhooks/1/test", token: token)
                try await app.magpie.webhooks.drain()
                let log = try await session.get("/rest/V1/webhooks/1/deliveries?searchCriteria=", token: token)
                #expect(log.json?["items"]?.arrayValue?.first?["status"] == .string("delivered"))
                #expect(log.json?["items"]?.arrayValue?.first?["last_status_code"] == .number("204"))
            }
            let received = inbox.received.withLock { $0 }
            #expect(received.count == 1)
            #expect(received.first?.valid == true)
            #expect(received.first?.eventType == "webhook.test")
            #expect(received.first?.deliveryId.count == 36)
        }
    }
}
