import MagentoWire

/// Pages of a large list by key: sorted by `keyField` ascending, each page filtered to keys
/// greater than the last one seen (`entity_id gt 1200`). Unlike offset paging, rows written
/// while paging never shift later pages, and a deep page costs the store no more than the first.
public struct KeysetPages<Item: Codable & Sendable>: AsyncSequence, Sendable {
    public typealias Element = SearchPage<Item>
    let criteria: SearchCriteria
    let keyField: String
    let pageSize: Int
    let key: @Sendable (Item) -> Int?
    let fetch: PageFetcher<Item>

    /// - Parameters:
    ///   - keyField: a unique, numeric, sortable field (`entity_id`).
    ///   - key: the item's value of that field.
    public init(
        criteria: SearchCriteria, keyField: String = "entity_id", pageSize: Int,
        key: @escaping @Sendable (Item) -> Int?, fetch: @escaping PageFetcher<Item>
    ) {
        self.criteria = criteria
        self.keyField = keyField
        self.pageSize = Swift.max(1, pageSize)
        self.key = key
        self.fetch = fetch
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        let pages: KeysetPages
        var last: Int?
        var page = 0
        var finished = false

        public mutating func next() async throws -> SearchPage<Item>? {
            guard !finished else { return nil }
            page += 1
            var criteria = pages.criteria
            if let last {
                criteria.filterGroups.append(FilterGroup(filters: [Filter(field: pages.keyField, value: String(last), conditionType: "gt")]))
            }
            criteria.sortOrders = [SortOrder(field: pages.keyField, direction: "ASC")]
            criteria.pageSize = pages.pageSize
            criteria.currentPage = 1
            let results = try await pages.fetch(criteria)
            let keys = results.items.compactMap(pages.key)
            guard let newLast = keys.max(), keys.count == results.items.count else {
                // Without keys there is no next filter; stop rather than loop on the same page.
                finished = true
                return results.items.isEmpty ? nil : SearchPage(items: results.items, totalCount: results.totalCount, number: page)
            }
            // A store that ignored the filter would answer the same keys again: stop there.
            if let last, newLast <= last { return nil }
            last = newLast
            finished = results.items.count < pages.pageSize
            return SearchPage(items: results.items, totalCount: results.totalCount, number: page)
        }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(pages: self) }
}

extension AsyncSequence where Self: Sendable {
    /// Every item of every page, in order.
    public func allItems<Item>() async throws -> [Item] where Element == SearchPage<Item> {
        var items: [Item] = []
        for try await page in self { items += page.items }
        return items
    }
}
