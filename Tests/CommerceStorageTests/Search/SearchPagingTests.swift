import CommerceStorage
import MagentoWire
import Testing

/// Paging and total_count (reference §3.4).
@Suite("searchCriteria paging")
struct SearchPagingTests {
    @Test("A page holds page_size rows from its offset and the total ignores paging", arguments: TestEngine.all)
    func pageAndTotal(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            let result = try await SearchFixture.search(SearchCriteria(pageSize: 5, currentPage: 2), on: storage)
            #expect(result.ids == Array(6...10))
            #expect(result.total == 20)
        }
    }

    @Test("The last page may be short", arguments: TestEngine.all)
    func lastPageIsShort(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            let result = try await SearchFixture.search(SearchCriteria(pageSize: 6, currentPage: 4), on: storage)
            #expect(result.ids == [19, 20])
            #expect(result.total == 20)
        }
    }

    @Test("A page past the end is empty and still reports the total", arguments: TestEngine.all)
    func pastTheEndIsEmpty(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            let result = try await SearchFixture.search(SearchCriteria(pageSize: 5, currentPage: 5), on: storage)
            #expect(result.ids.isEmpty)
            #expect(result.total == 20)
        }
    }

    @Test("An absurd page number is just past the end", arguments: TestEngine.all)
    func absurdPageNumber(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            let result = try await SearchFixture.search(SearchCriteria(pageSize: 1_000, currentPage: Int.max), on: storage)
            #expect(result.ids.isEmpty)
            #expect(result.total == 20)
        }
    }

    @Test("No page size or a page size of 0 returns every row", arguments: TestEngine.all, [nil, 0] as [Int?])
    func noPageSizeReturnsAll(engine: TestEngine, pageSize: Int?) async throws {
        try await withSearchFixture(engine) { storage throws in
            let result = try await SearchFixture.search(SearchCriteria(pageSize: pageSize, currentPage: 3), on: storage)
            #expect(result.ids == Array(1...20))
            #expect(result.total == 20)
        }
    }

    @Test("A current page below 1 is the first page", arguments: TestEngine.all, [0, -3])
    func pageBelowOneIsFirst(engine: TestEngine, page: Int) async throws {
        try await withSearchFixture(engine) { storage throws in
            let result = try await SearchFixture.search(SearchCriteria(pageSize: 4, currentPage: page), on: storage)
            #expect(result.ids == [1, 2, 3, 4])
        }
    }

    @Test("The total counts filtered rows on a full first page", arguments: TestEngine.all)
    func totalCountsFilteredRows(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            var criteria = SearchCriteria.all(Filter(field: "is_active", value: "1"))
            criteria.pageSize = 2
            let result = try await SearchFixture.search(criteria, on: storage)
            let expected = SearchFixture.ids { $0.isActive }
            #expect(result.ids == Array(expected.prefix(2)))
            #expect(result.total == expected.count)
        }
    }

    @Test("A query matching nothing has a total of 0", arguments: TestEngine.all)
    func emptyResult(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            let result = try await SearchFixture.search(
                SearchCriteria(filterGroups: [FilterGroup(filters: [Filter(field: "sku", value: "nope")])], pageSize: 5, currentPage: 2),
                on: storage
            )
            #expect(result.ids.isEmpty)
            #expect(result.total == 0)
        }
    }
}
