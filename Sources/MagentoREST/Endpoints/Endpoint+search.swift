import CommerceDomain
import HTTPTypes
import MagentoWire

extension Endpoint {
    /// A searchCriteria list route: binds the required `searchCriteria`, runs `search`, and wraps
    /// the page in Magento's `{items, search_criteria, total_count}` envelope with the echo.
    /// `query` lists optional arguments beside `searchCriteria` (Magpie's own routes only).
    public static func search<Item: Codable & Sendable>(
        _ path: String, access: EndpointAccess, service: String, operation: String = "getList", summary: String,
        query: [QueryArgument] = [],
        _ search: @escaping @Sendable (SearchCriteria, EndpointCall) async throws -> SearchPage<Item>
    ) -> Endpoint {
        Endpoint(
            .get, path, access: access, service: service, operation: operation, summary: summary,
            query: [.searchCriteria] + query, returns: SearchResults<Item>.self
        ) { call in
            let criteria = try call.searchCriteria()
            let page = try await search(criteria, call)
            return SearchResults(items: page.items, searchCriteria: criteria.echoed, totalCount: page.totalCount)
        }
    }
}
