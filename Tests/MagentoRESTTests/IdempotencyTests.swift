import CommerceDomain
import CommerceStorage
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Idempotency-Key on writes")
struct IdempotencyTests {
    static let stock = #"{"stock":{"name":"Once"}}"#

    @Test("the same key and request replays the first answer without writing again")
    func replay() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let first = try await session.send(.post, "/rest/V1/inventory/stocks", token: token, body: Self.stock, headers: ["Idempotency-Key": "k-1"])
            let second = try await session.send(.post, "/rest/V1/inventory/stocks", token: token, body: Self.stock, headers: ["Idempotency-Key": "k-1"])
            #expect(first.text == "2")
            #expect(second.status == .ok)
            #expect(second.text == "2")
            #expect(first.headers[HTTPField.Name("Idempotent-Replayed")!] == nil)
            #expect(second.headers[HTTPField.Name("Idempotent-Replayed")!] == "true")
            let stocks = try await session.get("/rest/V1/inventory/stocks?searchCriteria=", token: token)
            #expect(stocks.json?["total_count"] == .number("2"))
        }
    }

    @Test("the same key with a different request is refused")
    func mismatch() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/inventory/stocks", token: token, body: Self.stock, headers: ["Idempotency-Key": "k-2"])
            let other = try await session.send(.post, "/rest/V1/inventory/stocks", token: token, body: #"{"stock":{"name":"Other"}}"#, headers: ["Idempotency-Key": "k-2"])
            #expect(other.status == .badRequest)
            #expect(other.text == #"{"message":"Keys for idempotent requests can only be used with the same parameters they were first used with."}"#)
        }
    }

    @Test("a client error is replayed too, with its status")
    func replaysErrors() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let body = #"{"source":{"source_code":"x"}}"#
            let first = try await session.send(.post, "/rest/V1/inventory/sources", token: token, body: body, headers: ["Idempotency-Key": "k-3"])
            let second = try await session.send(.post, "/rest/V1/inventory/sources", token: token, body: body, headers: ["Idempotency-Key": "k-3"])
            #expect(first.status == .badRequest)
            #expect(second.status == .badRequest)
            #expect(second.text == first.text)
        }
    }

    @Test("a key is forgotten after 24 hours")
    func expiry() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/inventory/stocks", token: token, body: Self.stock, headers: ["Idempotency-Key": "k-4"])
            app.clock.advance(by: 24 * 3600 + 1)
            let fresh = try await session.adminToken()
            let again = try await session.send(.post, "/rest/V1/inventory/stocks", token: fresh, body: Self.stock, headers: ["Idempotency-Key": "k-4"])
            #expect(again.text == "3")
        }
    }

    @Test("an async write with a key is scheduled once and its 202 replayed")
    func asyncOnce() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let body = #"{"sourceItems":[{"sku":"I","source_code":"default","quantity":1,"status":1}]}"#
            let first = try await session.send(.post, "/rest/async/V1/inventory/source-items", token: token, body: body, headers: ["Idempotency-Key": "k-5"])
            let second = try await session.send(.post, "/rest/async/V1/inventory/source-items", token: token, body: body, headers: ["Idempotency-Key": "k-5"])
            #expect(first.status == .accepted)
            #expect(second.status == .accepted)
            #expect(first.text == second.text)
        }
    }
}
