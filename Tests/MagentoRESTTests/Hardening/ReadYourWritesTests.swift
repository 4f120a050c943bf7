import Foundation
import HTTPTypes
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

/// Issue 16 (5): under load an item add answered 404 "The cart doesn't contain the item" for the
/// line it had just committed, and a product save was followed by a read of the old price. A
/// request that wrote answers from its own write, and the client's next request sees it, while
/// many others read and write at once.
@Suite("Read your writes under load")
struct ReadYourWritesTests {
    static let skus = (1...4).map { "RYW-\($0)" }

    /// A number field of a JSON object reply.
    static func number(_ field: String, of value: JSONValue?) -> Decimal? {
        guard case .object(let fields)? = value, case .number(let text)? = fields[field] else { return nil }
        return Decimal(string: text)
    }

    /// The real server on `engine` (rate limits off) with `skus` in stock; `body` gets a session
    /// and an admin token.
    static func withCatalog(
        on engine: StorageEngine, _ body: @escaping @Sendable (TestSession, String) async throws -> Void
    ) async throws {
        try await TestApp.run(on: engine) { session, _ in
            let token = try await session.adminToken()
            for sku in Self.skus { try await session.makeProduct(sku, qty: 1_000_000, token: token) }
            try await body(session, token)
        }
    }

    @Test("every item add answers its line, and the cart's next read lists it", arguments: StorageEngine.all)
    func itemAddsReadTheirOwnLines(engine: StorageEngine) async throws {
        try await Self.withCatalog(on: engine) { session, _ in
            var made: [String] = []
            for _ in 0..<6 { made.append("/rest/V1/guest-carts/\(try await session.guestCart())") }
            let carts = made
            let failures = try await withThrowingTaskGroup(of: [String].self) { group in
                for worker in 0..<24 {
                    group.addTask {
                        var failures: [String] = []
                        for round in 0..<8 {
                            let cart = carts[(worker + round) % carts.count]
                            if worker % 3 == 0 {
                                // Readers keep every reader connection busy meanwhile.
                                _ = try await session.get("\(cart)/totals")
                                continue
                            }
                            let added = try await session.addItem(cart, sku: Self.skus[(worker * 7 + round) % Self.skus.count], qty: 1)
                            guard added.status == .ok, let itemId = Self.number("item_id", of: added.json) else {
                                failures.append("add: \(added.status.code) \(added.text)")
                                continue
                            }
                            let listed = try await session.get("\(cart)/items")
                            guard case .array(let lines)? = listed.json, lines.contains(where: { Self.number("item_id", of: $0) == itemId }) else {
                                failures.append("next read misses item \(itemId): \(listed.text)")
                                continue
                            }
                        }
                        return failures
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            let failed = failures.count
            #expect(failed == 0, "\(failures.prefix(5))")
        }
    }

    @Test("a price save answers the new price and the next read returns it", arguments: StorageEngine.all)
    func priceSavesReadTheirOwnPrice(engine: StorageEngine) async throws {
        try await Self.withCatalog(on: engine) { session, token in
            let failures = try await withThrowingTaskGroup(of: [String].self) { group in
                for worker in 0..<16 {
                    group.addTask {
                        var failures: [String] = []
                        // One writer per SKU, so the last price written is this worker's own.
                        let sku = Self.skus[worker % Self.skus.count]
                        for round in 0..<8 {
                            if worker >= Self.skus.count {
                                _ = try await session.get("/rest/V1/products/\(sku)", token: token)
                                continue
                            }
                            let price = "\(20 + round).\(10 + worker)"
                            let saved = try await session.send(
                                .put, "/rest/all/V1/products/\(sku)", token: token, body: #"{"product":{"price":\#(price)}}"#
                            )
                            if Self.number("price", of: saved.json) != Decimal(string: price) {
                                failures.append("save answered \(saved.status.code) \(saved.text.prefix(200))")
                            }
                            let read = try await session.get("/rest/V1/products/\(sku)", token: token)
                            if Self.number("price", of: read.json) != Decimal(string: price) {
                                failures.append("read after saving \(price): \(read.text.prefix(200))")
                            }
                        }
                        return failures
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            let failed = failures.count
            #expect(failed == 0, "\(failures.prefix(5))")
        }
    }
}
