import CommerceDomain
import CommerceStorage
import MagentoWire
import Testing

/// Invalid searchCriteria are the client's mistake: Magento's 400 messages, and no SQL runs.
@Suite("searchCriteria errors")
struct SearchErrorTests {
    /// A filter whose value does not fit its column, and the type Magento names in the error.
    struct TypeCase: Sendable, CustomTestStringConvertible {
        var filter: Filter
        var badValue: String
        var type: String
        var testDescription: String { "\(filter.field) \(filter.conditionType ?? "eq") \(filter.value ?? "")" }
    }

    static let typeCases = [
        TypeCase(filter: Filter(field: "qty", value: "abc", conditionType: "gt"), badValue: "abc", type: "int"),
        // `in` lists are split without trimming, so " 2" is not an integer.
        TypeCase(filter: Filter(field: "qty", value: "1, 2", conditionType: "in"), badValue: " 2", type: "int"),
        TypeCase(filter: Filter(field: "price", value: "12abc"), badValue: "12abc", type: "float"),
        TypeCase(filter: Filter(field: "is_active", value: "yes"), badValue: "yes", type: "bool"),
    ]

    @Test("A value that does not fit its column's type is a type error", arguments: TestEngine.all, typeCases)
    func valueOfTheWrongType(engine: TestEngine, testCase: TypeCase) async throws {
        try await withSearchFixture(engine) { storage throws in
            await #expect(throws: CommerceError.invalidInputNamed(
                message: "The \"%value\" value's type is invalid. The \"%type\" type was expected. Verify and try again.",
                parameters: ["value": testCase.badValue, "type": testCase.type]
            )) {
                try await SearchFixture.search(.all(testCase.filter), on: storage)
            }
        }
    }

    @Test("An unknown filter field is rejected", arguments: TestEngine.all)
    func unknownFilterField(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            await #expect(throws: CommerceError.invalidInput(message: "Invalid attribute identifier for filter (%1)", parameters: ["password"])) {
                try await SearchFixture.search(.all(Filter(field: "password", value: "x")), on: storage)
            }
        }
    }

    @Test("An empty filter field is rejected", arguments: TestEngine.all)
    func emptyFilterField(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            await #expect(throws: CommerceError.invalidInput(message: "Invalid search filter: %1 cannot be empty.", parameters: ["field"])) {
                try await SearchFixture.search(.all(Filter(field: "", value: "x")), on: storage)
            }
        }
    }

    @Test("A sort direction other than ASC or DESC is rejected", arguments: TestEngine.all)
    func invalidDirection(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            await #expect(throws: CommerceError.invalidInput(
                message: "The sort order has to be specified as %1 for ascending order or %2 for descending order.",
                parameters: ["ASC", "DESC"]
            )) {
                try await SearchFixture.search(SearchCriteria(sortOrders: [SortOrder(field: "qty", direction: "up")]), on: storage)
            }
        }
    }

    @Test("A sort field with restricted symbols is rejected", arguments: TestEngine.all)
    func restrictedSortField(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            await #expect(throws: CommerceError.invalidInput(message: "Sort order field %1 contains restricted symbols", parameters: ["qty;DROP"])) {
                try await SearchFixture.search(SearchCriteria(sortOrders: [SortOrder(field: "qty;DROP", direction: "ASC")]), on: storage)
            }
        }
    }

    @Test("An unknown sort field is rejected", arguments: TestEngine.all)
    func unknownSortField(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            await #expect(throws: CommerceError.invalidInput(message: "\"%1\" is not a valid sort field.", parameters: ["password"])) {
                try await SearchFixture.search(SearchCriteria(sortOrders: [SortOrder(field: "password", direction: "ASC")]), on: storage)
            }
        }
    }
}
