import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    @Test("A source transfer writes all of its items or none", arguments: TestEngine.all)
    func sourceTransfersAreAtomic(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            try await storage.inventory.saveSource(InventorySource(sourceCode: "eu", name: "EU", countryId: "DE", postcode: "10115"))
            try await storage.inventory.saveSourceItems([
                SourceItem(sku: "A", sourceCode: "eu", quantity: 5, status: 1), SourceItem(sku: "B", sourceCode: "eu", quantity: 1, status: 1),
            ])
            func quantities() async throws -> [String: Decimal] {
                let items = try await storage.inventory.searchSourceItems(SearchCriteria()).items
                return Dictionary(uniqueKeysWithValues: items.map { ("\($0.sourceCode ?? ""):\($0.sku ?? "")", $0.quantity ?? -1) })
            }
            // B has too little: A's part must not move either.
            await #expect(throws: CommerceError.self) {
                try await storage.inventory.modifySourceItems(skus: ["A", "B"]) { current in
                    try SourceItemTransfers.partialTransfer(items: [("A", 2), ("B", 3)], origin: "eu", destination: "default", current: current)
                }
            }
            #expect(try await quantities() == ["eu:A": 5, "eu:B": 1])
            try await storage.inventory.modifySourceItems(skus: ["a"]) { current in
                try SourceItemTransfers.partialTransfer(items: [("A", 2)], origin: "eu", destination: "default", current: current)
            }
            #expect(try await quantities() == ["eu:A": 3, "eu:B": 1, "default:A": 2])
        }
    }

    @Test("Low-quantity thresholds per source item are stored, cleared to the default and deleted", arguments: TestEngine.all)
    func lowQuantityThresholds(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            #expect(try await storage.inventory.notificationThreshold(sourceCode: "default", sku: "A") == nil)
            try await storage.inventory.saveNotificationConfigurations([SourceItemConfiguration(sourceCode: "default", notifyStockQty: Decimal(string: "2.5"), sku: "A")])
            #expect(try await storage.inventory.notificationThreshold(sourceCode: "default", sku: "A") == Decimal(string: "2.5"))
            try await storage.inventory.saveNotificationConfigurations([SourceItemConfiguration(sourceCode: "default", notifyStockQty: nil, sku: "A")])
            #expect(try await storage.inventory.notificationThreshold(sourceCode: "default", sku: "A") == nil)
            try await storage.inventory.saveNotificationConfigurations([SourceItemConfiguration(sourceCode: "default", notifyStockQty: 4, sku: "A")])
            try await storage.inventory.deleteNotificationConfigurations([SourceItem(sku: "A", sourceCode: "default")])
            #expect(try await storage.inventory.notificationThreshold(sourceCode: "default", sku: "A") == nil)
            await #expect(throws: CommerceError.self) { try await storage.inventory.notificationThreshold(sourceCode: "mars", sku: "A") }
        }
    }
}
