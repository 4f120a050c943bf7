import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    static func invalidValue(_ field: String, _ value: String) -> CommerceError {
        .invalidInputNamed(
            message: "Invalid value of \"%value\" provided for the %fieldName field.",
            parameters: ["fieldName": field, "value": value]
        )
    }

    @Test("A price, weight or quantity past what a column holds is refused and nothing is written", arguments: TestEngine.all)
    func decimalBoundsOnWrites(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.products.saveProduct(Self.simple("B-1", price: "10", color: "1"), scope: .global, saveOptions: false)
            var pricey = Self.simple("B-1", price: "1000000000000000", color: "1")
            pricey.extensionAttributes = nil
            await #expect(throws: Self.invalidValue("price", "1000000000000000")) {
                _ = try await storage.products.saveProduct(pricey, scope: .global, saveOptions: false)
            }
            #expect(try await storage.products.product(sku: "B-1", scope: .global).price == 10)
            await #expect(throws: Self.invalidValue("qty", "1000000000000000")) {
                _ = try await storage.stockRegistry.updateStockItem(sku: "B-1", update: StockItem(qty: Decimal(string: "1e15")), config: StockConfiguration())
            }
            #expect(try await storage.stockRegistry.stockItem(sku: "B-1").qty == 5)
            await #expect(throws: Self.invalidValue("quantity", "922337203685478")) {
                try await storage.inventory.saveSourceItems([SourceItem(sku: "B-1", sourceCode: "default", quantity: Decimal(string: "922337203685478"), status: 1)])
            }
            #expect(try await storage.stockRegistry.stockItem(sku: "B-1").qty == 5)
        }
    }
}
