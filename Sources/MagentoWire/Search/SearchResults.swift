/// The `*SearchResultsInterface` envelope: exactly `items`, `search_criteria`, `total_count`.
///
/// Some clients treat any response with more than three top-level keys as a single entity,
/// so nothing else may ever be added here.
public struct SearchResults<Item: Codable & Sendable>: Codable, Sendable {
    public var items: [Item]
    public var searchCriteria: SearchCriteria
    public var totalCount: Int

    public init(items: [Item], searchCriteria: SearchCriteria, totalCount: Int) {
        self.items = items
        self.searchCriteria = searchCriteria
        self.totalCount = totalCount
    }

    enum CodingKeys: String, CodingKey {
        case items
        case searchCriteria = "search_criteria"
        case totalCount = "total_count"
    }
}

extension SearchResults: Equatable where Item: Equatable {}
