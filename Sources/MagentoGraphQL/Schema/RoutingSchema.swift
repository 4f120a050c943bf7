/// `route`, `urlResolver` and CMS content.
enum RoutingSchema {
    static let sdl = """
    interface RoutableInterface {
        redirect_code: Int!
        relative_url: String
        type: UrlRewriteEntityTypeEnum
    }
    type RoutableUrl implements RoutableInterface {
        redirect_code: Int!
        relative_url: String
        type: UrlRewriteEntityTypeEnum
    }
    enum UrlRewriteEntityTypeEnum { CMS_PAGE PRODUCT CATEGORY }
    type EntityUrl {
        canonical_url: String @deprecated(reason: "Use `relative_url` instead.")
        entity_uid: ID
        id: Int @deprecated(reason: "Use `entity_uid` instead.")
        redirectCode: Int
        relative_url: String
        type: UrlRewriteEntityTypeEnum
    }
    type CmsPage implements RoutableInterface {
        content: String
        content_heading: String
        identifier: String
        meta_description: String
        meta_keywords: String
        meta_title: String
        page_layout: String
        redirect_code: Int!
        relative_url: String
        title: String
        type: UrlRewriteEntityTypeEnum
        url_key: String
    }
    type CmsBlocks {
        items: [CmsBlock]
    }
    type CmsBlock {
        content: String
        identifier: String
        title: String
    }
    """
}
