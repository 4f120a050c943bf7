import CommerceStorage
import MagentoWire
import Testing

/// Sorting (reference §3.3) and its tie-break on the primary key.
@Suite("searchCriteria sorting")
struct SearchSortingTests {
    @Test("A sort order without a direction sorts descending", arguments: TestEngine.all)
    func missingDirectionSortsDescending(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            let result = try await SearchFixture.search(SearchCriteria(sortOrders: [SortOrder(field: "sku")]), on: storage)
            #expect(result.ids == Array((1...20).reversed()))
        }
    }

    @Test("Directions are accepted in any case", arguments: TestEngine.all)
    func directionIgnoresCase(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            let result = try await SearchFixture.search(SearchCriteria(sortOrders: [SortOrder(field: "price", direction: "asc")]), on: storage)
            #expect(result.ids == Array(1...20))
        }
    }

    @Test("Several sort orders apply in sequence and ties fall back to the id", arguments: TestEngine.all)
    func sortOrdersApplyInSequence(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            let criteria = SearchCriteria(sortOrders: [SortOrder(field: "qty", direction: "DESC"), SortOrder(field: "is_active", direction: "ASC")])
            let result = try await SearchFixture.search(criteria, on: storage)
            let expected = SearchFixture.rows.sorted { a, b in
                if a.qty != b.qty { return a.qty > b.qty }
                if a.isActive != b.isActive { return !a.isActive }
                return a.id < b.id
            }.map(\.id)
            #expect(result.ids == expected)
        }
    }

    @Test("Paging through duplicate sort keys never repeats or skips a row", arguments: TestEngine.all)
    func pagingThroughTiesIsStable(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            var seen: [Int] = []
            for page in 1...7 {
                let criteria = SearchCriteria(sortOrders: [SortOrder(field: "qty", direction: "ASC")], pageSize: 3, currentPage: page)
                seen += try await SearchFixture.search(criteria, on: storage).ids
            }
            let expected = SearchFixture.rows.sorted { ($0.qty, $0.id) < ($1.qty, $1.id) }.map(\.id)
            #expect(seen == expected)
        }
    }

    @Test("Sorting on the primary key adds no second tie-break", arguments: TestEngine.all)
    func sortingOnPrimaryKey(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            let result = try await SearchFixture.search(SearchCriteria(sortOrders: [SortOrder(field: "id", direction: "DESC")]), on: storage)
            #expect(result.ids == Array((1...20).reversed()))
        }
    }

    @Test("The echoed criteria upper-case the directions that were given")
    func echoUpperCasesDirections() {
        let criteria = SearchCriteria(sortOrders: [SortOrder(field: "qty", direction: "asc"), SortOrder(field: "sku")], pageSize: 5)
        #expect(criteria.echoed == SearchCriteria(sortOrders: [SortOrder(field: "qty", direction: "ASC"), SortOrder(field: "sku")], pageSize: 5))
    }
}
