import Foundation
import MagentoClient
import MagentoWire
import Synchronization
import Testing

@Suite struct PagingTests {
    /// A store of `total` rows that, like Magento, answers any page past the end with the last page.
    private func magentoLike(total: Int) -> @Sendable (SearchCriteria) async throws -> SearchResults<Product> {
        { criteria in
            let size = criteria.pageSize ?? 20
            let lastPage = max(1, (total + size - 1) / size)
            let page = min(criteria.currentPage ?? 1, lastPage)
            let rows = ((page - 1) * size..<min(page * size, total)).map { Product(id: $0 + 1, sku: "P\($0 + 1)") }
            return SearchResults(items: rows, searchCriteria: criteria, totalCount: total)
        }
    }

    @Test func offsetPagingStopsAtTheTotalEvenWhenTheLastPageRepeats() async throws {
        let pages = OffsetPages(criteria: SearchCriteria(), pageSize: 10, fetch: magentoLike(total: 30))
        var numbers: [Int] = []
        var skus: [String] = []
        for try await page in pages {
            numbers.append(page.number)
            skus += page.items.compactMap(\.sku)
        }
        #expect(numbers == [1, 2, 3])
        #expect(skus == (1...30).map { "P\($0)" })
    }

    @Test func offsetPagingOfAnEmptyListYieldsNothing() async throws {
        let items = try await OffsetPages(criteria: SearchCriteria(), pageSize: 10, fetch: magentoLike(total: 0)).allItems()
        #expect(items.isEmpty)
    }

    @Test func keysetPagingFiltersAfterTheLastKeyAndSortsByIt() async throws {
        let seen = Recorder()
        let rows = (1...25).map { Product(id: $0 * 3, sku: "K\($0)") }
        let pages = KeysetPages<Product>(criteria: SearchCriteria(), pageSize: 10, key: { $0.id }) { criteria in
            seen.append(criteria)
            let after = criteria.filterGroups.last?.filters.first.flatMap { $0.conditionType == "gt" ? Int($0.value ?? "") : nil } ?? 0
            let page = rows.filter { ($0.id ?? 0) > after }.prefix(criteria.pageSize ?? 10)
            return SearchResults(items: Array(page), searchCriteria: criteria, totalCount: rows.count)
        }
        let items = try await pages.allItems()
        #expect(items.compactMap(\.sku) == rows.compactMap(\.sku))
        let sent = seen.values
        #expect(sent.count == 3)
        #expect(sent.allSatisfy { $0.sortOrders == [SortOrder(field: "entity_id", direction: "ASC")] && $0.currentPage == 1 })
        #expect(sent[1].filterGroups == [FilterGroup(filters: [Filter(field: "entity_id", value: "30", conditionType: "gt")])])
    }

    @Test func keysetPagingStopsWhenAStoreIgnoresTheFilter() async throws {
        let rows = (1...10).map { (number: Int) in Product(id: number, sku: "K\(number)") }
        let pages = KeysetPages<Product>(criteria: SearchCriteria(), pageSize: 10, key: { $0.id }) { criteria in
            SearchResults(items: rows, searchCriteria: criteria, totalCount: 100)
        }
        #expect(try await pages.allItems().count == 10)
    }
}

/// Collects values from concurrent closures.
final class Recorder: Sendable {
    private let storage = Mutex<[SearchCriteria]>([])
    func append(_ value: SearchCriteria) { storage.withLock { $0.append(value) } }
    var values: [SearchCriteria] { storage.withLock { $0 } }
}
