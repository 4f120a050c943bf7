/// `cms-data-page-interface`: a CMS page, `/V1/cmsPage`.
public struct CmsPage: CmsContent {
    public var id: Int?
    public var identifier: String?
    public var title: String?
    public var pageLayout: String?
    public var metaTitle: String?
    public var metaKeywords: String?
    public var metaDescription: String?
    public var contentHeading: String?
    public var content: String?
    public var creationTime: String?
    public var updateTime: String?
    /// Magento declares it a string.
    public var sortOrder: String?
    public var layoutUpdateXml: String?
    public var customTheme: String?
    public var customRootTemplate: String?
    public var customLayoutUpdateXml: String?
    public var customThemeFrom: String?
    public var customThemeTo: String?
    public var active: Bool?
    public var storeId: [Int]?

    public init(
        id: Int? = nil, identifier: String? = nil, title: String? = nil, pageLayout: String? = nil,
        metaTitle: String? = nil, metaKeywords: String? = nil, metaDescription: String? = nil,
        contentHeading: String? = nil, content: String? = nil, sortOrder: String? = nil, active: Bool? = nil,
        storeId: [Int]? = nil
    ) {
        self.id = id
        self.identifier = identifier
        self.title = title
        self.pageLayout = pageLayout
        self.metaTitle = metaTitle
        self.metaKeywords = metaKeywords
        self.metaDescription = metaDescription
        self.contentHeading = contentHeading
        self.content = content
        self.sortOrder = sortOrder
        self.active = active
        self.storeId = storeId
    }

    enum CodingKeys: String, CodingKey {
        case id
        case identifier
        case title
        case pageLayout = "page_layout"
        case metaTitle = "meta_title"
        case metaKeywords = "meta_keywords"
        case metaDescription = "meta_description"
        case contentHeading = "content_heading"
        case content
        case creationTime = "creation_time"
        case updateTime = "update_time"
        case sortOrder = "sort_order"
        case layoutUpdateXml = "layout_update_xml"
        case customTheme = "custom_theme"
        case customRootTemplate = "custom_root_template"
        case customLayoutUpdateXml = "custom_layout_update_xml"
        case customThemeFrom = "custom_theme_from"
        case customThemeTo = "custom_theme_to"
        case active
        case storeId = "store_id"
    }
}
