import MagentoClient
import MagentoWire
import Testing

@Suite struct SearchCriteriaEncodingTests {
    /// The argument list of a `getList(SearchCriteriaInterface $searchCriteria)` route, as the server binds it.
    struct ListArguments: Decodable {
        var searchCriteria: SearchCriteria
    }

    @Test func builderGroupsFiltersAsMagentoExpects() {
        let criteria = SearchCriteriaBuilder()
            .where("price", .gteq, "10")
            .whereAny([("sku", .like, "MB-%"), ("type_id", .eq, "bundle")])
            .sort("entity_id")
            .pageSize(50).page(3)
            .build()
        #expect(criteria == SearchCriteria(
            filterGroups: [
                FilterGroup(filters: [Filter(field: "price", value: "10", conditionType: "gteq")]),
                FilterGroup(filters: [
                    Filter(field: "sku", value: "MB-%", conditionType: "like"),
                    Filter(field: "type_id", value: "bundle", conditionType: "eq"),
                ]),
            ],
            sortOrders: [SortOrder(field: "entity_id", direction: "ASC")], pageSize: 50, currentPage: 3
        ))
    }

    @Test func criteriaBecomeBracketKeysInOrder() {
        let criteria = SearchCriteriaBuilder().where("sku", .like, "A/B%").sort("price", .descending).pageSize(20).page(2).build()
        #expect(criteria.queryItems.map { "\($0.name)=\($0.value)" } == [
            "searchCriteria[filter_groups][0][filters][0][field]=sku",
            "searchCriteria[filter_groups][0][filters][0][value]=A/B%",
            "searchCriteria[filter_groups][0][filters][0][condition_type]=like",
            "searchCriteria[sortOrders][0][field]=price",
            "searchCriteria[sortOrders][0][direction]=DESC",
            "searchCriteria[pageSize]=20",
            "searchCriteria[currentPage]=2",
        ])
    }

    @Test func bracketsAndReservedCharactersArePercentEncoded() {
        let items = SearchCriteriaBuilder().where("sku", .like, "A/B% x,y").build().queryItems
        #expect(QueryItem.queryString(Array(items.prefix(2))) ==
            "searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=sku"
            + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=A%2FB%25%20x%2Cy")
    }

    @Test func emptyCriteriaAskForEverything() {
        #expect(SearchCriteria().queryItems == [QueryItem("searchCriteria", "")])
    }

    @Test func theServersParserReadsBackWhatTheClientWrites() throws {
        let criteria = SearchCriteriaBuilder()
            .where("name", .like, "%Tee & Co%")
            .where("entity_id", in: ["1", "2", "3"])
            .whereAny([("status", .eq, "1"), ("visibility", .notnull, nil)])
            .sort("updated_at", .descending).sort("entity_id")
            .pageSize(300).page(1)
            .build()
        let parsed = PHPQuery.parse(QueryItem.queryString(criteria.queryItems))
        let decoded = try MagentoDecoder().decode(ListArguments.self, from: .object(parsed)).searchCriteria
        var expected = criteria
        expected.filterGroups[2].filters[1].value = ""
        #expect(decoded == expected)
    }

    @Test func requestURLsCarryStoreCodeModeAndEncodedSegments() throws {
        let client = ClientFixtures.client(ScriptedTransport([]), storeCode: "fr")
        var request = MagentoRequest<Product>(.get, ["products", "A/B 1"], query: [QueryItem("fields", "sku,name")])
        #expect(client.url(for: request) == "http://store.test/rest/fr/V1/products/A%2FB%201?fields=sku%2Cname")
        request.storeCode = .some(nil)
        request.mode = .bulk
        #expect(client.url(for: request) == "http://store.test/rest/async/bulk/V1/products/A%2FB%201?fields=sku%2Cname")
    }
}
