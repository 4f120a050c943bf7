/// One page of a searchCriteria query and the number of rows matching it, ignoring paging.
public struct SearchPage<Item: Sendable>: Sendable {
    public var items: [Item]
    public var totalCount: Int

    public init(items: [Item], totalCount: Int) {
        self.items = items
        self.totalCount = totalCount
    }
}
