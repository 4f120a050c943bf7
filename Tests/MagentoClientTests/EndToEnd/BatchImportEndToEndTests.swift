import Foundation
import MagentoClient
import MagentoWire
import Synchronization
import Testing

@Suite(.serialized) struct BatchImportEndToEndTests {
    @Test func aThousandProductsImportWithAResultPerRecord() async throws {
        try await LiveMagpie.run { magpie in
            let client = magpie.adminClient()
            var products = (1...1000).map { CatalogFixtures.product(String(format: "IMP-%04d", $0), price: Decimal($0) / 100) }
            for bad in [10, 500, 999] { products[bad].status = 7 }
            let progress = ProgressLog()
            let results = await client.products.saveAll(products, concurrency: 8) { progress.record($0) }

            #expect(results.count == 1000)
            #expect(results.map(\.index) == Array(0..<1000))
            let failed = results.filter { !$0.succeeded }
            #expect(failed.map(\.key) == ["IMP-0011", "IMP-0501", "IMP-1000"])
            #expect(failed.allSatisfy { $0.error?.status == 400 && $0.message == #"Invalid value of "7" provided for the status field."# })
            #expect(progress.last?.done == 1000)
            #expect(progress.last?.failed == 3)

            let stored = try await client.products.list(SearchCriteriaBuilder().where("sku", .like, "IMP-%").pageSize(1).build())
            #expect(stored.totalCount == 997)
            #expect(try await client.products.get("IMP-0123").price == Decimal(string: "1.23"))
        }
    }

    @Test func theBulkAPIImportReportsEachOperation() async throws {
        try await LiveMagpie.run { magpie in
            let client = magpie.adminClient()
            var products = (1...40).map { CatalogFixtures.product("BLK-\($0)") }
            products[7].status = 7
            let results = try await client.products.bulkSaveAll(products, chunkSize: 25, pollInterval: .milliseconds(50), timeout: .seconds(60))
            #expect(results.count == 40)
            #expect(results.filter { !$0.succeeded }.map(\.key) == ["BLK-8"])
            #expect(results.first { !$0.succeeded }?.message?.contains("status") == true)
            #expect(try await client.products.get("BLK-40").name == "Product BLK-40")
        }
    }
}

/// Remembers the last progress report of a batch.
final class ProgressLog: Sendable {
    private let state = Mutex<BatchProgress?>(nil)
    func record(_ progress: BatchProgress) { state.withLock { $0 = progress } }
    var last: BatchProgress? { state.withLock { $0 } }
}
