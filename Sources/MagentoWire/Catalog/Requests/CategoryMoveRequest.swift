/// Body of `PUT /V1/categories/:categoryId/move`: `{"parentId": 3, "afterId": 5}`.
/// Keys are snake_case here; the binder also accepts the camelCase names clients usually send.
public struct CategoryMoveRequest: Codable, Sendable, Equatable {
    public var parentId: Int
    /// The sibling to place the category after; first when nil.
    public var afterId: Int?

    public init(parentId: Int, afterId: Int? = nil) {
        self.parentId = parentId
        self.afterId = afterId
    }

    enum CodingKeys: String, CodingKey {
        case parentId = "parent_id"
        case afterId = "after_id"
    }
}
