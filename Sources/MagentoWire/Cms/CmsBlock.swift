/// `cms-data-block-interface`: a static block, `/V1/cmsBlock`.
public struct CmsBlock: CmsContent {
    public var id: Int?
    public var identifier: String?
    public var title: String?
    public var content: String?
    public var creationTime: String?
    public var updateTime: String?
    public var active: Bool?
    public var storeId: [Int]?

    public init(
        id: Int? = nil, identifier: String? = nil, title: String? = nil, content: String? = nil, active: Bool? = nil,
        storeId: [Int]? = nil
    ) {
        self.id = id
        self.identifier = identifier
        self.title = title
        self.content = content
        self.active = active
        self.storeId = storeId
    }

    enum CodingKeys: String, CodingKey {
        case id
        case identifier
        case title
        case content
        case creationTime = "creation_time"
        case updateTime = "update_time"
        case active
        case storeId = "store_id"
    }
}
