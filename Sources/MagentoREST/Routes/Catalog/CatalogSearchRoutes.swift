import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// `GET /V1/search`: the storefront's full-text search, as Magento's Search module serves it
/// over REST: product ids by relevance, with category and price facets, over the same index
/// the GraphQL `products(search:)` reads. Anonymous, like the storefront.
public struct CatalogSearchRoutes: Sendable {
    let search: any CatalogSearchRepository

    public init(search: any CatalogSearchRepository) {
        self.search = search
    }

    /// Magento's search requests (search_request.xml) and the visibility each searches.
    static let requests: [String: (visibility: [Int], facets: Bool)] = [
        "quick_search_container": ([3, 4], true),
        "advanced_search_container": ([3, 4], false),
        "catalog_view_container": ([2, 4], true),
    ]
    /// Magento's page size when the criteria set none.
    static let defaultPageSize = 10_000

    public var endpoints: [Endpoint] {
        [
            Endpoint(
                .get, "/V1/search", access: .anonymous, service: "searchSearchV1", operation: "search",
                summary: "Make Full Text Search and return found Documents", query: [.searchCriteria]
            ) { [search] call in
                let criteria = try call.argument("searchCriteria", as: SearchRequestCriteria.self)
                guard let name = criteria.requestName, !name.isEmpty else {
                    throw CommerceError.invalidInput(message: "Request name not defined.")
                }
                guard let request = Self.requests[name] else {
                    throw CommerceError.invalidInput(message: "Request name '%1' doesn't exist.", parameters: [name])
                }
                let query = try Self.query(criteria, visibility: request.visibility)
                var matches = try await search.match(query, scope: CatalogScope(storeId: call.store.id, writesToView: false))
                matches.sort(by: Self.ordering(criteria.sortOrders ?? []))
                let size = max(1, criteria.pageSize ?? Self.defaultPageSize)
                let page = max(1, criteria.currentPage ?? 1)
                let items = matches.dropFirst((page - 1) * size).prefix(size).map { match in
                    SearchDocument(id: match.id, customAttributes: [
                        CustomAttribute(attributeCode: "score", value: .string(String(match.relevance))),
                    ])
                }
                return SearchDocumentResults(
                    items: Array(items), aggregations: SearchAggregations(buckets: request.facets ? SearchFacets.buckets(matches) : []),
                    searchCriteria: criteria, totalCount: matches.count
                )
            },
        ]
    }

    /// The request's filters: `search_term`, `category_ids`, `price.from` and `price.to`. Magento
    /// binds filters to the request's placeholders by name and ignores the rest; so do we.
    static func query(_ criteria: SearchRequestCriteria, visibility: [Int]) throws -> CatalogQuery {
        var query = CatalogQuery(visibility: visibility)
        var from: Decimal?
        var to: Decimal?
        for filter in criteria.filterGroups.flatMap(\.filters) {
            let value = filter.value ?? ""
            switch filter.field {
            case "search_term":
                query.text = value
            case "category_ids":
                let ids = value.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
                guard ids.allSatisfy({ $0 != nil }) else { throw ClientArithmetic.invalidValue(filter.field, value) }
                query.categoryIds = ids.compactMap { $0 }
            case "price.from", "price.to":
                guard let number = Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")) else {
                    throw ClientArithmetic.invalidValue(filter.field, value)
                }
                if filter.field == "price.from" { from = number } else { to = number }
            default:
                continue
            }
        }
        if from != nil || to != nil { query.conditions["price"] = .range(from: from, to: to) }
        return query
    }

    /// Relevance first (best first) unless the criteria sort on `price`, `name` or `entity_id`;
    /// ties by id, so pages never overlap.
    static func ordering(_ orders: [MagentoWire.SortOrder]) -> @Sendable (CatalogMatch, CatalogMatch) -> Bool {
        let keys = orders.compactMap { order -> (String, Bool)? in
            guard ["relevance", "price", "name", "entity_id"].contains(order.field) else { return nil }
            return (order.field, (order.direction ?? "").uppercased() == "ASC")
        }
        let effective = keys.isEmpty ? [("relevance", false)] : keys
        return { a, b in
            for (field, ascending) in effective {
                let order: ComparisonResult = switch field {
                case "price": a.price == b.price ? .orderedSame : (a.price < b.price ? .orderedAscending : .orderedDescending)
                case "name": a.name.localizedStandardCompare(b.name)
                case "entity_id": a.id == b.id ? .orderedSame : (a.id < b.id ? .orderedAscending : .orderedDescending)
                default: a.relevance == b.relevance ? .orderedSame : (a.relevance < b.relevance ? .orderedAscending : .orderedDescending)
                }
                if order != .orderedSame { return ascending ? order == .orderedAscending : order == .orderedDescending }
            }
            return a.id < b.id
        }
    }
}
