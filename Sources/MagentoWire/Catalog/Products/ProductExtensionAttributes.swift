/// `catalog-data-product-extension-interface`: the `extension_attributes` of a product.
///
/// Typed for the entries Magento's core modules declare. An extension object
/// with every member nil is "empty" and omitted from output, as Magento omits it.
public struct ProductExtensionAttributes: Codable, Sendable, Equatable {
    public var websiteIds: [Int]?
    public var categoryLinks: [CategoryLink]?
    public var stockItem: StockItem?
    public var configurableProductOptions: [ConfigurableProductOption]?
    public var configurableProductLinks: [Int]?
    public var bundleProductOptions: [BundleOption]?
    public var downloadableProductLinks: [DownloadableLink]?
    public var downloadableProductSamples: [DownloadableSample]?

    public init(
        websiteIds: [Int]? = nil,
        categoryLinks: [CategoryLink]? = nil,
        stockItem: StockItem? = nil,
        configurableProductOptions: [ConfigurableProductOption]? = nil,
        configurableProductLinks: [Int]? = nil,
        bundleProductOptions: [BundleOption]? = nil,
        downloadableProductLinks: [DownloadableLink]? = nil,
        downloadableProductSamples: [DownloadableSample]? = nil
    ) {
        self.websiteIds = websiteIds
        self.categoryLinks = categoryLinks
        self.stockItem = stockItem
        self.configurableProductOptions = configurableProductOptions
        self.configurableProductLinks = configurableProductLinks
        self.bundleProductOptions = bundleProductOptions
        self.downloadableProductLinks = downloadableProductLinks
        self.downloadableProductSamples = downloadableProductSamples
    }

    // Order is a best reading of module load order (Catalog, CatalogInventory, then the product
    // types); Magento builds this interface from every module's extension_attributes.xml.
    enum CodingKeys: String, CodingKey {
        case websiteIds = "website_ids"
        case categoryLinks = "category_links"
        case stockItem = "stock_item"
        case configurableProductOptions = "configurable_product_options"
        case configurableProductLinks = "configurable_product_links"
        case bundleProductOptions = "bundle_product_options"
        case downloadableProductLinks = "downloadable_product_links"
        case downloadableProductSamples = "downloadable_product_samples"
    }

    /// True when no member is set; such an object is left out of output.
    public var isEmpty: Bool {
        self == ProductExtensionAttributes()
    }
}
