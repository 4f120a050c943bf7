import CommerceStorage
import Foundation
import MagentoWire
import Testing

/// Each searchCriteria condition type against the fixture, on every engine (reference §3.2).
@Suite("searchCriteria condition types")
struct SearchConditionTests {
    typealias Row = SearchFixture.Row

    /// One condition and the rows it must select.
    struct Case: Sendable, CustomTestStringConvertible {
        var filter: Filter
        var expected: @Sendable (Row) -> Bool
        var testDescription: String { "\(filter.field) \(filter.conditionType ?? "(none)") \(filter.value ?? "nil")" }
    }

    static let cases: [Case] = [
        Case(filter: Filter(field: "qty", value: "3"), expected: { $0.qty == 3 }),
        Case(filter: Filter(field: "qty", value: "3", conditionType: "eq"), expected: { $0.qty == 3 }),
        Case(filter: Filter(field: "sku", value: "SKU-07", conditionType: "neq"), expected: { $0.sku != "SKU-07" }),
        Case(filter: Filter(field: "qty", value: "2", conditionType: "gt"), expected: { $0.qty > 2 }),
        Case(filter: Filter(field: "qty", value: "2", conditionType: "lt"), expected: { $0.qty < 2 }),
        Case(filter: Filter(field: "qty", value: "2", conditionType: "gteq"), expected: { $0.qty >= 2 }),
        Case(filter: Filter(field: "qty", value: "2", conditionType: "lteq"), expected: { $0.qty <= 2 }),
        Case(filter: Filter(field: "created_at", value: "2024-01-15 00:00:00", conditionType: "from"), expected: { $0.createdAt >= "2024-01-15 00:00:00" }),
        Case(filter: Filter(field: "created_at", value: "2024-01-05 12:00:00", conditionType: "to"), expected: { $0.createdAt <= "2024-01-05 12:00:00" }),
        Case(filter: Filter(field: "name", value: "Blue%", conditionType: "like"), expected: { $0.name.hasPrefix("Blue") }),
        Case(filter: Filter(field: "name", value: "%PANTS 1_", conditionType: "like"), expected: { $0.name.hasPrefix("Red Pants 1") && $0.name.count == 12 }),
        Case(filter: Filter(field: "name", value: "Blue%", conditionType: "nlike"), expected: { !$0.name.hasPrefix("Blue") }),
        Case(filter: Filter(field: "sku", value: "SKU-01,SKU-05", conditionType: "in"), expected: { ["SKU-01", "SKU-05"].contains($0.sku) }),
        Case(filter: Filter(field: "qty", value: "1,4", conditionType: "nin"), expected: { ![1, 4].contains($0.qty) }),
        Case(filter: Filter(field: "sku", value: "SKU-01, SKU-02", conditionType: "in"), expected: { $0.sku == "SKU-01" }),
        Case(filter: Filter(field: "note", value: "1", conditionType: "null"), expected: { $0.note == nil }),
        Case(filter: Filter(field: "note", value: nil, conditionType: "notnull"), expected: { $0.note != nil }),
        Case(filter: Filter(field: "tags", value: "11", conditionType: "finset"), expected: { $0.tags.split(separator: ",").contains("11") }),
        Case(filter: Filter(field: "tags", value: "1", conditionType: "finset"), expected: { $0.tags.split(separator: ",").contains("1") }),
        Case(filter: Filter(field: "tags", value: "1", conditionType: "nfinset"), expected: { !$0.tags.split(separator: ",").contains("1") }),
        Case(filter: Filter(field: "qty", value: "3", conditionType: "moreq"), expected: { $0.qty == 3 }),
        Case(filter: Filter(field: "qty", value: "3", conditionType: "whatever"), expected: { $0.qty == 3 }),
        Case(filter: Filter(field: "name", value: "shirt 1", conditionType: "fulltext"), expected: { $0.name.lowercased().contains("shirt 1") }),
        Case(filter: Filter(field: "sku", value: "^sku-0[1-3]$", conditionType: "regexp"), expected: { ["SKU-01", "SKU-02", "SKU-03"].contains($0.sku) }),
        Case(filter: Filter(field: "qty", value: "^[34]$", conditionType: "regexp"), expected: { [3, 4].contains($0.qty) }),
        Case(filter: Filter(field: "price", value: "10.5", conditionType: "gt"), expected: { $0.price > 10.5 }),
        Case(filter: Filter(field: "price", value: "12.50", conditionType: "eq"), expected: { $0.price == 12.5 }),
        Case(filter: Filter(field: "price", value: "3.50001", conditionType: "lt"), expected: { $0.price <= 3.5 }),
        Case(filter: Filter(field: "price", value: "1_.5000", conditionType: "like"), expected: { $0.price >= 10 && $0.price < 20 }),
        Case(filter: Filter(field: "is_active", value: "true"), expected: { $0.isActive }),
        Case(filter: Filter(field: "is_active", value: "0"), expected: { !$0.isActive }),
        Case(filter: Filter(field: "id", value: "1_", conditionType: "like"), expected: { $0.id >= 10 && $0.id < 20 }),
    ]

    @Test("A condition selects exactly the rows Magento would", arguments: TestEngine.all, cases)
    func conditionSelectsRows(engine: TestEngine, testCase: Case) async throws {
        try await withSearchFixture(engine) { storage throws in
            let result = try await SearchFixture.search(.all(testCase.filter), on: storage)
            let expected = SearchFixture.ids(where: testCase.expected)
            #expect(!expected.isEmpty)
            #expect(result.ids == expected)
            #expect(result.total == expected.count)
        }
    }

    @Test("Filters inside one group are ORed", arguments: TestEngine.all)
    func filtersInAGroupAreORed(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            let result = try await SearchFixture.search(
                .any(Filter(field: "qty", value: "1"), Filter(field: "sku", value: "SKU-20")), on: storage
            )
            #expect(result.ids == SearchFixture.ids { $0.qty == 1 || $0.sku == "SKU-20" })
        }
    }

    @Test("Filter groups are ANDed", arguments: TestEngine.all)
    func filterGroupsAreANDed(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            let result = try await SearchFixture.search(
                .all(
                    Filter(field: "created_at", value: "2024-01-05 00:00:00", conditionType: "from"),
                    Filter(field: "created_at", value: "2024-01-15 00:00:00", conditionType: "to"),
                    Filter(field: "is_active", value: "1")
                ),
                on: storage
            )
            #expect(result.ids == SearchFixture.ids {
                $0.createdAt >= "2024-01-05 00:00:00" && $0.createdAt <= "2024-01-15 00:00:00" && $0.isActive
            })
        }
    }

    @Test("An empty filter group is ignored", arguments: TestEngine.all)
    func emptyGroupIsIgnored(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            let result = try await SearchFixture.search(SearchCriteria(filterGroups: [FilterGroup(filters: [])]), on: storage)
            #expect(result.total == 20)
        }
    }
}
