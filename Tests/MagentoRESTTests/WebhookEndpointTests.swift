import CommerceDomain
import CommerceJobs
import CommerceStorage
import Crypto
import Foundation
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Webhooks: subscriptions, signed deliveries, retries and the delivery log")
struct WebhookEndpointTests {
    static let subscribe = #"{"webhook":{"name":"ERP","url":"http://127.0.0.1:9/hook","secret":"topsecret","topics":["inventory_source.*"]}}"#

    static func verify(_ sent: RecordingTransport.Sent, secret: String) -> Bool {
        guard let header = sent.headers["Magpie-Signature"] else { return false }
        let parts = Dictionary(header.split(separator: ",").map { pair -> (String, String) in
            let kv = pair.split(separator: "=", maxSplits: 1)
            return (String(kv[0]), String(kv[1]))
        }, uniquingKeysWith: { first, _ in first })
        guard let t = parts["t"], let v1 = parts["v1"] else { return false }
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(t).\(sent.body)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return mac.map { String(format: "%02x", $0) }.joined() == v1
    }

    @Test("a subscription is created with its fields and listed; bad input lists every problem")
    func crud() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let created = try await session.send(.post, "/rest/V1/webhooks", token: token, body: Self.subscribe)
            #expect(created.status == .ok)
            #expect(created.text.hasPrefix(#"{"id":1,"name":"ERP","url":"http://127.0.0.1:9/hook","secret":"topsecret","topics":["inventory_source.*"],"active":true,"created_at":""#))
            let updated = try await session.send(.put, "/rest/V1/webhooks/1", token: token, body: #"{"webhook":{"active":false}}"#)
            #expect(updated.json?["active"] == .bool(false))
            #expect(updated.json?["topics"] == .array([.string("inventory_source.*")]))
            let list = try await session.get("/rest/V1/webhooks", token: token)
            #expect(list.json?.arrayValue?.count == 1)
            let bad = try await session.send(.post, "/rest/V1/webhooks", token: token, body: #"{"webhook":{"url":"ftp://x"}}"#)
            #expect(bad.status == .badRequest)
            #expect(bad.text == #"{"message":"One or more input exceptions have occurred.","errors":[{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"name"}},{"message":"Invalid value of \"%value\" provided for the %fieldName field.","parameters":{"fieldName":"url","value":"ftp://x"}},{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"topics"}}]}"#)
            let deleted = try await session.send(.delete, "/rest/V1/webhooks/1", token: token)
            #expect(deleted.text == "true")
            let gone = try await session.get("/rest/V1/webhooks/1", token: token)
            #expect(gone.status == .notFound)
        }
    }

    @Test("a matching event is delivered once, signed over timestamp and body, with a delivery id")
    func signedDelivery() async throws {
        let transport = RecordingTransport()
        let app = try await TestApp.make(webhookTransport: transport)
        try await app.run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/webhooks", token: token, body: Self.subscribe)
            _ = try await session.send(.post, "/rest/V1/inventory/sources", token: token, body: #"{"source":{"source_code":"eu","name":"EU","country_id":"DE","postcode":"1"}}"#)
            _ = try await session.send(.post, "/rest/V1/inventory/stocks", token: token, body: #"{"stock":{"name":"Not subscribed"}}"#)
            try await app.magpie.webhooks.drain()
            try await app.magpie.webhooks.drain()
            let sent = transport.sent
            #expect(sent.count == 1)
            let delivery = try #require(sent.first)
            #expect(delivery.url == "http://127.0.0.1:9/hook")
            #expect(delivery.headers["Magpie-Event-Type"] == "inventory_source.saved")
            #expect(delivery.headers["Magpie-Delivery-Id"]?.count == 36)
            #expect(Self.verify(delivery, secret: "topsecret"))
            #expect(!Self.verify(delivery, secret: "other"))
            let body = try JSONValue.parse(delivery.body)
            #expect(body["payload"]?["source_code"] == .string("eu"))
        }
    }

    @Test("failures retry with backoff under the same delivery id, then succeed")
    func retries() async throws {
        let transport = RecordingTransport(statuses: [500, 503])
        let clock = TestClock()
        let app = try await TestApp.make(clock: clock, webhookTransport: transport)
        try await app.run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/webhooks", token: token, body: Self.subscribe)
            _ = try await session.send(.post, "/rest/V1/inventory/sources", token: token, body: #"{"source":{"source_code":"eu","name":"EU","country_id":"DE","postcode":"1"}}"#)
            try await app.magpie.webhooks.drain()
            #expect(transport.sent.count == 1)
            clock.advance(by: 29)
            try await app.magpie.webhooks.drain()
            #expect(transport.sent.count == 1)
            clock.advance(by: 2)
            try await app.magpie.webhooks.drain()
            clock.advance(by: 121)
            try await app.magpie.webhooks.drain()
            #expect(transport.sent.count == 3)
            #expect(Set(transport.sent.compactMap { $0.headers["Magpie-Delivery-Id"] }).count == 1)
            let log = try await session.get("/rest/V1/webhooks/1/deliveries?searchCriteria=", token: token)
            let row = log.json?["items"]?.arrayValue?.first
            #expect(row?["status"] == .string("delivered"))
            #expect(row?["attempts"] == .number("3"))
            #expect(row?["last_status_code"] == .number("200"))
        }
    }

    @Test("after the last try a delivery is failed; redeliver sends it again")
    func deadLetterAndRedeliver() async throws {
        let transport = RecordingTransport(statuses: [500, 500])
        let app = try await TestApp.make(webhookTransport: transport) { $0.webhookMaxAttempts = 2; $0.webhookBackoffSeconds = 0 }
        try await app.run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/webhooks", token: token, body: Self.subscribe)
            let test = try await session.send(.post, "/rest/V1/webhooks/1/test", token: token)
            #expect(test.status == .ok)
            try await app.magpie.webhooks.drain()
            let log = try await session.get("/rest/V1/webhooks/1/deliveries?searchCriteria=", token: token)
            let row = log.json?["items"]?.arrayValue?.first
            #expect(row?["status"] == .string("failed"))
            #expect(row?["attempts"] == .number("2"))
            #expect(row?["event_type"] == .string("webhook.test"))
            let id = row?["id"]?.numberText ?? ""
            let again = try await session.send(.post, "/rest/V1/webhooks/deliveries/\(id)/redeliver", token: token)
            #expect(again.text == "true")
            try await app.magpie.webhooks.drain()
            #expect(transport.sent.count == 3)
            let after = try await session.get("/rest/V1/webhooks/1/deliveries?searchCriteria=", token: token)
            #expect(after.json?["items"]?.arrayValue?.first?["status"] == .string("delivered"))
        }
    }

    @Test("webhook routes are for admins")
    func access() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/webhooks")
            #expect(reply.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magpie_Webhooks::manage"}}"#)
        }
    }
}

@Suite("Webhook subscriptions and history")
struct WebhookHistoryTests {
    @Test("a new subscription is not sent events from before it existed")
    func noHistory() async throws {
        let transport = RecordingTransport()
        let app = try await TestApp.make(webhookTransport: transport)
        try await app.run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/inventory/sources", token: token, body: #"{"source":{"source_code":"old","name":"Old","country_id":"DE","postcode":"1"}}"#)
            _ = try await session.send(.post, "/rest/V1/webhooks", token: token, body: #"{"webhook":{"name":"All","url":"http://127.0.0.1:9/h","topics":["*"]}}"#)
            _ = try await session.send(.post, "/rest/V1/inventory/sources", token: token, body: #"{"source":{"source_code":"new","name":"New","country_id":"DE","postcode":"1"}}"#)
            try await app.magpie.webhooks.drain()
            #expect(transport.sent.map { $0.headers["Magpie-Event-Type"] } == ["inventory_source.saved"])
            #expect(try JSONValue.parse(transport.sent.first?.body ?? "")["payload"]?["source_code"] == .string("new"))
        }
    }
}
