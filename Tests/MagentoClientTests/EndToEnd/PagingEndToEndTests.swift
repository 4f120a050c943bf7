import Foundation
import MagentoClient
import MagentoWire
import Testing

@Suite(.serialized) struct PagingEndToEndTests {
    @Test func offsetAndKeysetPagingEachSeeEveryProductOnce() async throws {
        try await LiveMagpie.run { magpie in
            let client = magpie.adminClient()
            let products = (1...260).map { CatalogFixtures.product(String(format: "PG-%03d", $0)) }
            let saved = await client.products.saveAll(products, concurrency: 8)
            // Failures are listed by SKU and message, so a failed run says what the server answered.
            #expect(saved.filter { !$0.succeeded }.map { "\($0.key): \($0.message ?? "")" } == [])

            let criteria = SearchCriteriaBuilder().where("sku", .like, "PG-%").build()
            var offsetPages: [Int] = []
            var offsetSKUs: [String] = []
            for try await page in client.products.pages(criteria, pageSize: 40) {
                offsetPages.append(page.items.count)
                offsetSKUs += page.items.compactMap(\.sku)
                #expect(page.totalCount == 260)
            }
            #expect(offsetPages == [40, 40, 40, 40, 40, 40, 20])
            #expect(Set(offsetSKUs) == Set(products.compactMap(\.sku)))
            #expect(offsetSKUs.count == 260)

            let keyset = try await client.products.keysetPages(criteria, pageSize: 40).allItems()
            let ids = keyset.compactMap(\.id)
            #expect(ids.count == 260)
            #expect(ids == ids.sorted())
            #expect(Set(keyset.compactMap(\.sku)) == Set(products.compactMap(\.sku)))
        }
    }

    @Test func offsetPagingIgnoresRowsBeyondTheTotal() async throws {
        try await LiveMagpie.run { magpie in
            let client = magpie.adminClient()
            _ = await client.products.saveAll((1...5).map { CatalogFixtures.product("FEW-\($0)") })
            let criteria = SearchCriteriaBuilder().where("sku", .like, "FEW-%").build()
            let all = try await client.products.pages(criteria, pageSize: 2).allItems()
            #expect(all.compactMap(\.sku).sorted() == (1...5).map { "FEW-\($0)" })
        }
    }
}
