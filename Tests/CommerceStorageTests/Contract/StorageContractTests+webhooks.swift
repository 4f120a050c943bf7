import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    @Test("Dispatch queues each new matching event once per subscription and advances its cursor", arguments: TestEngine.all)
    func webhookDispatch(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let hook = try await storage.webhooks.create(name: "h", url: "http://127.0.0.1:9/h", secret: "s", topics: ["inventory_*"], isActive: true)
            try await storage.inventory.saveSource(InventorySource(sourceCode: "a", name: "A", countryId: "DE", postcode: "1"))
            _ = try await storage.inventory.saveStock(InventoryStock(name: "S"))
            let now = Date(timeIntervalSince1970: 2_000_000_000)
            #expect(try await storage.webhooks.dispatch(batch: 100, now: now) > 0)
            #expect(try await storage.webhooks.dispatch(batch: 100, now: now) == 0)
            let due = try await storage.webhooks.claimDue(now: now, lease: 30, limit: 10)
            #expect(due.map(\.0.eventType) == ["inventory_source.saved", "inventory_stock.saved"])
            #expect(due.allSatisfy { $0.1.id == hook.id })
            #expect(try await storage.webhooks.claimDue(now: now, lease: 30, limit: 10).isEmpty)
        }
    }

    @Test("A failed attempt is retried when due; a delivered one is done", arguments: TestEngine.all)
    func webhookAttempts(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let hook = try await storage.webhooks.create(name: "h", url: "http://x/h", secret: "s", topics: ["*"], isActive: true)
            _ = try await storage.webhooks.sendTest(subscriptionId: hook.id)
            let now = Date(timeIntervalSince1970: 2_000_000_000)
            let first = try #require(try await storage.webhooks.claimDue(now: now, lease: 30, limit: 1).first)
            try await storage.webhooks.recordAttempt(deliveryId: first.0.id, statusCode: 500, error: "HTTP 500", delivered: false, retryAt: now.addingTimeInterval(60), now: now)
            #expect(try await storage.webhooks.claimDue(now: now.addingTimeInterval(59), lease: 30, limit: 1).isEmpty)
            let second = try #require(try await storage.webhooks.claimDue(now: now.addingTimeInterval(61), lease: 30, limit: 1).first)
            #expect(second.0.attempts == 1)
            try await storage.webhooks.recordAttempt(deliveryId: second.0.id, statusCode: 200, error: nil, delivered: true, retryAt: nil, now: now)
            let log = try await storage.webhooks.deliveries(subscriptionId: hook.id, criteria: SearchCriteria())
            #expect(log.items.map(\.status) == ["delivered"])
            #expect(log.items.first?.attempts == 2)
        }
    }
}
