import MagentoWire

/// Pages of a list by `currentPage`, as an `AsyncSequence`.
///
/// It stops once it has seen `total_count` rows (or on a short or empty page), never by waiting
/// for an empty page: Magento answers any page past the end with the last page again.
public struct OffsetPages<Item: Codable & Sendable>: AsyncSequence, Sendable {
    public typealias Element = SearchPage<Item>
    let criteria: SearchCriteria
    let pageSize: Int
    let fetch: PageFetcher<Item>

    public init(criteria: SearchCriteria, pageSize: Int, fetch: @escaping PageFetcher<Item>) {
        self.criteria = criteria
        self.pageSize = Swift.max(1, pageSize)
        self.fetch = fetch
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        let pages: OffsetPages
        var page = 0
        var seen = 0
        var finished = false

        public mutating func next() async throws -> SearchPage<Item>? {
            guard !finished else { return nil }
            page += 1
            var criteria = pages.criteria
            criteria.pageSize = pages.pageSize
            criteria.currentPage = page
            let results = try await pages.fetch(criteria)
            seen += results.items.count
            finished = results.items.count < pages.pageSize || seen >= results.totalCount
            if results.items.isEmpty { return nil }
            // A store that ignores the page and answers more rows than asked is cut at the total.
            let overshoot = Swift.max(0, seen - results.totalCount)
            return SearchPage(items: Array(results.items.dropLast(overshoot)), totalCount: results.totalCount, number: page)
        }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(pages: self) }
}
