import MagentoWire

/// One page of a list, with what a progress display needs.
public struct SearchPage<Item: Sendable>: Sendable {
    public var items: [Item]
    /// The store's `total_count` for the whole query (for keyset paging, of the remaining rows).
    public var totalCount: Int
    /// 1-based.
    public var number: Int
}

/// Fetches one page for given criteria; the pagers are generic over it.
public typealias PageFetcher<Item: Codable & Sendable> = @Sendable (SearchCriteria) async throws -> SearchResults<Item>
