/// One page of the change feed (`GET /V1/events?after=&limit=&types=`): events in commit order
/// and the cursor to pass as `after` for the next page.
public struct ChangeFeedPage: Codable, Sendable, Equatable {
    public var items: [EventRecord]
    /// The last returned event's cursor, or the request's `after` when the page is empty.
    public var nextCursor: String
    /// True when more events were already committed past this page.
    public var hasMore: Bool

    public init(items: [EventRecord], nextCursor: String, hasMore: Bool) {
        self.items = items
        self.nextCursor = nextCursor
        self.hasMore = hasMore
    }

    enum CodingKeys: String, CodingKey {
        case items
        case nextCursor = "next_cursor"
        case hasMore = "has_more"
    }
}
