import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    static let warehouse = InventorySource(
        sourceCode: "eu_wh", name: "EU Warehouse", enabled: true, latitude: Decimal(string: "52.5200"),
        countryId: "DE", city: "Berlin", postcode: "10115"
    )

    @Test("A new database has the default source, stock 1 on website base, and their link", arguments: TestEngine.all)
    func defaultInventory(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            #expect(try await storage.inventory.source(code: "default").name == "Default Source")
            let stock = try await storage.inventory.stock(salesChannelType: "website", code: "base")
            #expect(stock.stockId == 1)
            #expect(try await storage.inventory.sourcesAssigned(toStock: 1).map(\.sourceCode) == ["default"])
        }
    }

    @Test("A source is saved, read back exactly, and replaced on a second save", arguments: TestEngine.all)
    func savingSources(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            try await storage.inventory.saveSource(Self.warehouse)
            let saved = try await storage.inventory.source(code: "eu_wh")
            #expect(saved.latitude == Decimal(string: "52.52"))
            #expect(saved.longitude == nil)
            #expect(saved.city == "Berlin")
            var renamed = Self.warehouse
            renamed.name = "Berlin Warehouse"
            renamed.city = nil
            try await storage.inventory.saveSource(renamed)
            let replaced = try await storage.inventory.source(code: "eu_wh")
            #expect(replaced.name == "Berlin Warehouse")
            #expect(replaced.city == nil)
        }
    }

    @Test("Stocks get new ids, keep their sales channels, and the default one cannot go", arguments: TestEngine.all)
    func stocks(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let id = try await storage.inventory.saveStock(InventoryStock(
                name: "EU", extensionAttributes: InventoryStockExtension(salesChannels: [SalesChannel(type: "website", code: "eu")])
            ))
            #expect(id == 2)
            #expect(try await storage.inventory.stock(salesChannelType: "website", code: "eu").stockId == 2)
            try await storage.inventory.deleteStock(id: 2)
            await #expect(throws: CommerceError.notFoundNamed(message: "Stock with id \"%value\" does not exist.", parameters: ["value": "2"])) {
                try await storage.inventory.stock(id: 2)
            }
            await #expect(throws: CommerceError.invalidInput(message: "Default Stock could not be deleted.")) {
                try await storage.inventory.deleteStock(id: 1)
            }
        }
    }

    @Test("Source items upsert by SKU and source, with exact quantities", arguments: TestEngine.all)
    func sourceItems(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            try await storage.inventory.saveSourceItems([
                SourceItem(sku: "A-1", sourceCode: "default", quantity: Decimal(string: "10.5"), status: 1),
            ])
            try await storage.inventory.saveSourceItems([
                SourceItem(sku: "A-1", sourceCode: "default", quantity: Decimal(string: "3.25"), status: 0),
            ])
            let page = try await storage.inventory.searchSourceItems(SearchCriteria())
            #expect(page.totalCount == 1)
            #expect(page.items.first == SourceItem(sku: "A-1", sourceCode: "default", quantity: Decimal(string: "3.25"), status: 0))
        }
    }

    @Test("A batch naming an unknown source writes nothing at all", arguments: TestEngine.all)
    func atomicBatch(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let before = try await storage.events.events(after: 0, limit: 1000).count
            await #expect(throws: CommerceError.notFoundNamed(message: "Source with code \"%value\" does not exist.", parameters: ["value": "nowhere"])) {
                try await storage.inventory.saveSourceItems([
                    SourceItem(sku: "A-1", sourceCode: "default", quantity: 1, status: 1),
                    SourceItem(sku: "A-1", sourceCode: "nowhere", quantity: 1, status: 1),
                ])
            }
            #expect(try await storage.inventory.searchSourceItems(SearchCriteria()).totalCount == 0)
            #expect(try await storage.events.events(after: 0, limit: 1000).count == before)
        }
    }

    @Test("Every inventory write leaves its event in the outbox", arguments: TestEngine.all)
    func inventoryEvents(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            try await storage.inventory.saveSource(Self.warehouse)
            try await storage.inventory.saveLinks([StockSourceLink(stockId: 1, sourceCode: "eu_wh", priority: 2)])
            try await storage.inventory.saveSourceItems([SourceItem(sku: "B", sourceCode: "eu_wh", quantity: 2, status: 1)])
            let types = try await storage.events.events(after: 0, limit: 1000).map(\.event.type)
            #expect(types.suffix(3) == ["inventory_source.saved", "inventory_stock_source_link.saved", "inventory_source_item.saved"])
            #expect(try await storage.inventory.sourcesAssigned(toStock: 1).map(\.sourceCode) == ["default", "eu_wh"])
        }
    }
}
