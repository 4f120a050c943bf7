import MagentoWire
import Testing

/// `GET /V1/…?searchCriteria[…]` end to end: query string → PHPQuery → MagentoDecoder.
@Suite struct SearchCriteriaBindingTests {
    /// The argument list of a `getList(SearchCriteriaInterface $searchCriteria)` route.
    struct ListArguments: Decodable {
        var searchCriteria: SearchCriteria
    }

    private func criteria(_ query: String) throws -> SearchCriteria {
        try MagentoDecoder().decode(ListArguments.self, from: .object(PHPQuery.parse(query))).searchCriteria
    }

    @Test func snakeCaseKeysBindEveryPart() throws {
        let query = "searchCriteria[filter_groups][0][filters][0][field]=sku"
            + "&searchCriteria[filter_groups][0][filters][0][value]=WSH%25"
            + "&searchCriteria[filter_groups][0][filters][0][condition_type]=like"
            + "&searchCriteria[sort_orders][0][field]=price&searchCriteria[sort_orders][0][direction]=ASC"
            + "&searchCriteria[page_size]=20&searchCriteria[current_page]=2"
        #expect(try criteria(query) == SearchCriteria(
            filterGroups: [FilterGroup(filters: [Filter(field: "sku", value: "WSH%", conditionType: "like")])],
            sortOrders: [SortOrder(field: "price", direction: "ASC")],
            pageSize: 20,
            currentPage: 2
        ))
    }

    @Test func camelCaseKeysBindEveryPart() throws {
        let query = "searchCriteria[filterGroups][0][filters][0][field]=name"
            + "&searchCriteria[filterGroups][0][filters][0][value]=%25Tee%25"
            + "&searchCriteria[filterGroups][0][filters][0][conditionType]=like"
            + "&searchCriteria[sortOrders][0][field]=id&searchCriteria[pageSize]=5&searchCriteria[currentPage]=1"
        #expect(try criteria(query) == SearchCriteria(
            filterGroups: [FilterGroup(filters: [Filter(field: "name", value: "%Tee%", conditionType: "like")])],
            sortOrders: [SortOrder(field: "id")],
            pageSize: 5,
            currentPage: 1
        ))
    }

    @Test func theSnakeCaseArgumentNameIsAccepted() throws {
        #expect(try criteria("search_criteria[page_size]=3").pageSize == 3)
    }

    @Test func sparseIndicesBindInTheOrderSent() throws {
        let query = "searchCriteria[filter_groups][2][filters][0][field]=b&searchCriteria[filter_groups][2][filters][0][value]=2"
            + "&searchCriteria[filter_groups][0][filters][5][field]=a&searchCriteria[filter_groups][0][filters][5][value]=1"
        #expect(try criteria(query).filterGroups == [
            FilterGroup(filters: [Filter(field: "b", value: "2")]),
            FilterGroup(filters: [Filter(field: "a", value: "1")]),
        ])
    }

    @Test func percentEncodedBracketsBind() throws {
        #expect(try criteria("searchCriteria%5BpageSize%5D=5").pageSize == 5)
    }

    @Test func aRawPercentInAValueIsKept() throws {
        let query = "searchCriteria[filter_groups][0][filters][0][field]=sku&searchCriteria[filter_groups][0][filters][0][value]=WSH%"
        #expect(try criteria(query).filterGroups.first?.filters.first?.value == "WSH%")
    }

    @Test func aMissingSearchCriteriaIsRequired() {
        #expect(throws: BindingError.required(fieldName: "searchCriteria")) { try criteria("fields=items") }
    }

    @Test func anEmptySearchCriteriaMeansNoCriteria() throws {
        #expect(try criteria("searchCriteria=") == SearchCriteria())
    }

    @Test func aBareSearchCriteriaMeansNoCriteria() throws {
        #expect(try criteria("searchCriteria") == SearchCriteria())
    }

    @Test func anUnknownCriteriaKeyIsNotSupported() {
        #expect(throws: BindingError.notSupported(fieldName: "FooBar")) { try criteria("searchCriteria[foo_bar]=1") }
    }

    @Test func aNonNumericPageSizeIsAnInvalidInt() {
        #expect(throws: BindingError.invalidType(value: "ten", type: "int")) { try criteria("searchCriteria[pageSize]=ten") }
    }

    @Test func aScalarFilterGroupsIsNotAllParametersValid() {
        #expect(throws: BindingError.notAllParametersValid) { try criteria("searchCriteria[filter_groups]=x") }
    }

    struct Item: Codable, Sendable, Equatable {
        var sku: String
    }

    @Test func searchResultsEchoTheCriteriaInMagentosShape() throws {
        let query = "searchCriteria[filterGroups][0][filters][0][field]=sku"
            + "&searchCriteria[filterGroups][0][filters][0][value]=WSH%&searchCriteria[filterGroups][0][filters][0][conditionType]=like"
            + "&searchCriteria[pageSize]=20&searchCriteria[currentPage]=1"
        let results = SearchResults(items: [Item(sku: "WSH01")], searchCriteria: try criteria(query), totalCount: 57)
        #expect(try encodedText(results) == #"{"items":[{"sku":"WSH01"}],"search_criteria":{"filter_groups":[{"filters":[{"field":"sku","value":"WSH%","condition_type":"like"}]}],"page_size":20,"current_page":1},"total_count":57}"#)
    }

    @Test func anEmptyEchoStillCarriesFilterGroups() throws {
        let results = SearchResults<Item>(items: [], searchCriteria: try criteria("searchCriteria="), totalCount: 0)
        #expect(try encodedText(results) == #"{"items":[],"search_criteria":{"filter_groups":[]},"total_count":0}"#)
    }
}
