/// What bundle, grouped and downloadable products add (declared so client fragments validate).
enum ProductKindsSchema {
    static let sdl = """
    type BundleItem {
        option_id: Int @deprecated(reason: "Use `uid` instead")
        options: [BundleItemOption]
        position: Int
        price_range: PriceRange!
        required: Boolean
        sku: String
        title: String
        type: String
        uid: ID
    }
    type BundleItemOption {
        can_change_quantity: Boolean
        id: Int @deprecated(reason: "Use `uid` instead")
        is_default: Boolean
        label: String
        position: Int
        price: Float
        price_type: PriceTypeEnum
        product: ProductInterface
        qty: Float @deprecated(reason: "Use `quantity` instead.")
        quantity: Float
        uid: ID!
    }
    type PriceDetails {
        discount_percentage: Float
        main_final_price: Float
        main_price: Float
    }
    enum ShipBundleItemsEnum { TOGETHER SEPARATELY }
    type GroupedProductItem {
        position: Int
        product: ProductInterface
        qty: Float
    }
    type DownloadableProductLinks {
        id: Int @deprecated(reason: "This information should not be exposed on frontend.")
        is_shareable: Boolean @deprecated(reason: "This information should not be exposed on frontend.")
        link_type: DownloadableFileTypeEnum @deprecated(reason: "`sample_url` serves to get the downloadable sample")
        number_of_downloads: Int @deprecated(reason: "This information should not be exposed on frontend.")
        price: Float
        sample_file: String @deprecated(reason: "`sample_url` serves to get the downloadable sample")
        sample_type: DownloadableFileTypeEnum @deprecated(reason: "`sample_url` serves to get the downloadable sample")
        sample_url: String
        sort_order: Int
        title: String
        uid: ID!
    }
    type DownloadableProductSamples {
        id: Int @deprecated(reason: "This information should not be exposed on frontend.")
        sample_file: String @deprecated(reason: "`sample_url` serves to get the downloadable sample")
        sample_type: DownloadableFileTypeEnum @deprecated(reason: "`sample_url` serves to get the downloadable sample")
        sample_url: String
        sort_order: Int
        title: String
    }
    enum DownloadableFileTypeEnum { FILE @deprecated(reason: "`sample_url` serves to get the downloadable sample") URL @deprecated(reason: "`sample_url` serves to get the downloadable sample") }
    """
}
