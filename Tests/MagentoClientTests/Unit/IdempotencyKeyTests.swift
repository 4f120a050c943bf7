import Foundation
import MagentoClient
import MagentoWire
import Testing

@Suite struct IdempotencyKeyTests {
    @Test func aRetriedWriteSendsTheSameKeyEveryTime() async throws {
        let transport = ScriptedTransport([.reply(503, "{}"), .fail(.connection), .reply(200, #"{"sku":"A"}"#)])
        _ = try await ClientFixtures.client(transport).products.save(Product(sku: "A", name: "A", price: 1))
        let keys = transport.requests.map { $0.header("Idempotency-Key") }
        #expect(keys.count == 3)
        #expect(keys[0] != nil)
        #expect(Set(keys).count == 1)
        #expect(Set(transport.requests.map { $0.body ?? [] }).count == 1)
    }

    @Test func separateWritesGetSeparateKeys() async throws {
        let transport = ScriptedTransport([.reply(200, "true"), .reply(200, "true")])
        let client = ClientFixtures.client(transport)
        _ = try await client.products.delete("A")
        _ = try await client.products.delete("A")
        #expect(Set(transport.requests.compactMap { $0.header("Idempotency-Key") }).count == 2)
    }

    @Test func readsCarryNoKey() async throws {
        let transport = ScriptedTransport([.reply(200, #"{"sku":"A"}"#)])
        _ = try await ClientFixtures.client(transport).products.get("A")
        #expect(transport.requests.first?.header("Idempotency-Key") == nil)
    }

    @Test func aCallersOwnKeyIsUsed() async throws {
        let transport = ScriptedTransport([.reply(502, "{}"), .reply(200, "true")])
        var request = MagentoRequest<Bool>(.delete, ["products", "A"])
        request.idempotencyKey = "erp-42"
        _ = try await ClientFixtures.client(transport).send(request)
        #expect(transport.requests.map { $0.header("Idempotency-Key") } == ["erp-42", "erp-42"])
    }
}
