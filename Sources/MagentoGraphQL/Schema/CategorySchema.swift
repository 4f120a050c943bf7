/// Categories: the tree, breadcrumbs and a category's products.
enum CategorySchema {
    static let sdl = """
    interface CategoryInterface {
    \(CategorySchema.interfaceFields)
    }
    type CategoryTree implements CategoryInterface & RoutableInterface {
    \(CategorySchema.interfaceFields)
        children: [CategoryTree]
        redirect_code: Int!
        relative_url: String
        type: UrlRewriteEntityTypeEnum
    }
    type CategoryResult {
        items: [CategoryTree]
        page_info: SearchResultPageInfo
        total_count: Int
    }
    type CategoryProducts {
        items: [ProductInterface]
        page_info: SearchResultPageInfo
        total_count: Int
    }
    type Breadcrumb {
        category_id: Int @deprecated(reason: "Use `category_uid` instead.")
        category_level: Int
        category_name: String
        category_uid: ID!
        category_url_key: String
        category_url_path: String
    }
    input CategoryFilterInput {
        category_uid: FilterEqualTypeInput
        ids: FilterEqualTypeInput
        name: FilterMatchTypeInput
        parent_category_uid: FilterEqualTypeInput
        parent_id: FilterEqualTypeInput
        url_key: FilterEqualTypeInput
        url_path: FilterEqualTypeInput
    }
    """

    /// The fields `CategoryInterface` declares, repeated by each type that implements it.
    static let interfaceFields = """
        available_sort_by: [String]
        breadcrumbs: [Breadcrumb]
        canonical_url: String
        children_count: String
        cms_block: CmsBlock
        created_at: String @deprecated(reason: "The field should not be used on the storefront.")
        custom_layout_update_file: String
        default_sort_by: String
        description: String
        display_mode: String
        filter_price_range: Float
        id: Int @deprecated(reason: "Use `uid` instead.")
        image: String
        include_in_menu: Int
        is_anchor: Int
        landing_page: Int
        level: Int
        meta_description: String
        meta_keywords: String
        meta_title: String
        name: String
        path: String
        path_in_store: String
        position: Int
        product_count: Int
        products(pageSize: Int = 20, currentPage: Int = 1, sort: ProductAttributeSortInput): CategoryProducts
        uid: ID!
        updated_at: String @deprecated(reason: "The field should not be used on the storefront.")
        url_key: String
        url_path: String
        url_suffix: String
    """
}
