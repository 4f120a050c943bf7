/// `catalog-data-category-tree-interface`: one node of `GET /V1/categories`, with its subtree.
public struct CategoryTree: Codable, Sendable, Equatable {
    public var id: Int?
    public var parentId: Int?
    public var name: String?
    public var isActive: Bool?
    public var position: Int?
    public var level: Int?
    public var productCount: Int?
    public var childrenData: [CategoryTree]?

    public init(
        id: Int? = nil,
        parentId: Int? = nil,
        name: String? = nil,
        isActive: Bool? = nil,
        position: Int? = nil,
        level: Int? = nil,
        productCount: Int? = nil,
        childrenData: [CategoryTree]? = nil
    ) {
        self.id = id
        self.parentId = parentId
        self.name = name
        self.isActive = isActive
        self.position = position
        self.level = level
        self.productCount = productCount
        self.childrenData = childrenData
    }

    enum CodingKeys: String, CodingKey {
        case id
        case parentId = "parent_id"
        case name
        case isActive = "is_active"
        case position
        case level
        case productCount = "product_count"
        case childrenData = "children_data"
    }
}
