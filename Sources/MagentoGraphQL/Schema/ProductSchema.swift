/// `ProductInterface` and its concrete types, including those clients only name in fragments.
enum ProductSchema {
    static let sdl = """
    interface ProductInterface {
    \(ProductSchema.interfaceFields)
    }
    interface PhysicalProductInterface {
        weight: Float
    }
    interface CustomizableProductInterface {
        options: [CustomizableOptionInterface]
    }
    type SimpleProduct implements ProductInterface & RoutableInterface & PhysicalProductInterface & CustomizableProductInterface {
    \(ProductSchema.interfaceFields)
        options: [CustomizableOptionInterface]
        redirect_code: Int!
        relative_url: String
        type: UrlRewriteEntityTypeEnum
        weight: Float
    }
    type VirtualProduct implements ProductInterface & RoutableInterface & CustomizableProductInterface {
    \(ProductSchema.interfaceFields)
        options: [CustomizableOptionInterface]
        redirect_code: Int!
        relative_url: String
        type: UrlRewriteEntityTypeEnum
    }
    type ConfigurableProduct implements ProductInterface & RoutableInterface & PhysicalProductInterface & CustomizableProductInterface {
    \(ProductSchema.interfaceFields)
        configurable_options: [ConfigurableProductOptions]
        configurable_product_options_selection(configurableOptionValueUids: [ID!]): ConfigurableProductOptionsSelection
        options: [CustomizableOptionInterface]
        redirect_code: Int!
        relative_url: String
        type: UrlRewriteEntityTypeEnum
        variants: [ConfigurableVariant]
        weight: Float
    }
    type GroupedProduct implements ProductInterface & RoutableInterface & PhysicalProductInterface {
    \(ProductSchema.interfaceFields)
        items: [GroupedProductItem]
        redirect_code: Int!
        relative_url: String
        type: UrlRewriteEntityTypeEnum
        weight: Float
    }
    type BundleProduct implements ProductInterface & RoutableInterface & PhysicalProductInterface & CustomizableProductInterface {
    \(ProductSchema.interfaceFields)
        dynamic_price: Boolean
        dynamic_sku: Boolean
        dynamic_weight: Boolean
        items: [BundleItem]
        options: [CustomizableOptionInterface]
        price_details: PriceDetails
        price_view: PriceViewEnum
        redirect_code: Int!
        relative_url: String
        ship_bundle_items: ShipBundleItemsEnum
        type: UrlRewriteEntityTypeEnum
        weight: Float
    }
    type DownloadableProduct implements ProductInterface & RoutableInterface & CustomizableProductInterface {
    \(ProductSchema.interfaceFields)
        downloadable_product_links: [DownloadableProductLinks]
        downloadable_product_samples: [DownloadableProductSamples]
        links_purchased_separately: Int
        links_title: String
        options: [CustomizableOptionInterface]
        redirect_code: Int!
        relative_url: String
        type: UrlRewriteEntityTypeEnum
    }
    enum ProductStockStatus { IN_STOCK OUT_OF_STOCK }
    type ComplexTextValue {
        html: String!
    }
    type UrlRewrite {
        parameters: [HttpQueryParameter]
        url: String
    }
    type HttpQueryParameter {
        name: String
        value: String
    }
    type Website {
        code: String @deprecated(reason: "The field should not be used on the storefront.")
        default_group_id: String @deprecated(reason: "The field should not be used on the storefront.")
        id: Int @deprecated(reason: "The field should not be used on the storefront.")
        is_default: Boolean @deprecated(reason: "The field should not be used on the storefront.")
        name: String @deprecated(reason: "The field should not be used on the storefront.")
        sort_order: Int @deprecated(reason: "The field should not be used on the storefront.")
    }
    interface ProductLinksInterface {
        link_type: String
        linked_product_sku: String
        linked_product_type: String
        position: Int
        sku: String
    }
    type ProductLinks implements ProductLinksInterface {
        link_type: String
        linked_product_sku: String
        linked_product_type: String
        position: Int
        sku: String
    }
    type ProductReviews {
        items: [ProductReview]!
        page_info: SearchResultPageInfo!
    }
    type ProductReview {
        average_rating: Float!
        created_at: String!
        nickname: String!
        product: ProductInterface!
        ratings_breakdown: [ProductReviewRating]!
        summary: String!
        text: String!
    }
    type ProductReviewRating {
        name: String!
        value: String!
    }
    """
}

extension ProductSchema {
    /// The fields every product type repeats from `ProductInterface`.
    static let interfaceFields = """
        attribute_set_id: Int @deprecated(reason: "The field should not be used on the storefront.")
        canonical_url: String
        categories: [CategoryInterface]
        country_of_manufacture: String
        created_at: String @deprecated(reason: "The field should not be used on the storefront.")
        crosssell_products: [ProductInterface]
        description: ComplexTextValue
        gift_message_available: Boolean!
        id: Int @deprecated(reason: "Use the `uid` field instead.")
        image: ProductImage
        max_sale_qty: Float
        media_gallery: [MediaGalleryInterface]
        media_gallery_entries: [MediaGalleryEntry] @deprecated(reason: "Use `media_gallery` instead.")
        meta_description: String
        meta_keyword: String
        meta_title: String
        min_sale_qty: Float
        name: String
        new_from_date: String
        new_to_date: String
        only_x_left_in_stock: Float
        options_container: String
        price: ProductPrices @deprecated(reason: "Use `price_range` for product price information.")
        price_range: PriceRange!
        price_tiers: [TierPrice]
        product_links: [ProductLinksInterface]
        quantity: Float
        rating_summary: Float!
        related_products: [ProductInterface]
        review_count: Int!
        reviews(pageSize: Int = 20, currentPage: Int = 1): ProductReviews!
        short_description: ComplexTextValue
        sku: String
        small_image: ProductImage
        special_from_date: String @deprecated(reason: "The field should not be used on the storefront.")
        special_price: Float
        special_to_date: String
        stock_status: ProductStockStatus
        swatch_image: String
        thumbnail: ProductImage
        tier_price: Float @deprecated(reason: "Use `price_tiers` for product tier price information.")
        tier_prices: [ProductTierPrices] @deprecated(reason: "Use `price_tiers` for product tier price information.")
        type_id: String @deprecated(reason: "Use `__typename` instead.")
        uid: ID!
        updated_at: String @deprecated(reason: "The field should not be used on the storefront.")
        upsell_products: [ProductInterface]
        url_key: String
        url_path: String @deprecated(reason: "Use product's `canonical_url` or url rewrites instead")
        url_rewrites: [UrlRewrite]
        url_suffix: String
        websites: [Website] @deprecated(reason: "The field should not be used on the storefront.")
    """
}
