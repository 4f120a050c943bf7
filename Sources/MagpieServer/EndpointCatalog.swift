import CommerceDomain
import CommerceStorage
import MagentoREST

/// The endpoint table: every route the server answers, gathered from each resource's routes.
enum EndpointCatalog {
    static func all(
        adminTokens: AdminTokenService, twoFactor: TwoFactorAuth, storage: Storage, erpSecret: String?, stock: StockConfiguration = StockConfiguration(),
        media: any MediaStorage, callback: (any WebhookTransport)? = nil, faults: FaultInjector = FaultInjector(),
        downloadableFiles: (any MediaStorage)? = nil
    ) -> [Endpoint] {
        TokenRoutes(adminTokens: adminTokens, twoFactor: twoFactor).endpoints
            + TwoFactorRoutes(auth: twoFactor).endpoints
            + StoreRoutes().endpoints
            + DirectoryRoutes().endpoints
            + ModuleRoutes().endpoints
            + AnalyticsRoutes().endpoints
            + EventRoutes(events: storage.events).endpoints
            + ChangeFeedRoutes(events: storage.events).endpoints
            + InventorySourceRoutes(inventory: storage.inventory).endpoints
            + InventoryStockRoutes(inventory: storage.inventory).endpoints
            + InventorySourceItemRoutes(inventory: storage.inventory).endpoints
            + BulkRoutes(bulks: storage.bulks).endpoints
            + ERPStockRoutes(bulks: storage.bulks, secret: erpSecret).endpoints
            + WebhookRoutes(webhooks: storage.webhooks, clock: storage.clock).endpoints
            + IntegrationRoutes(integrations: storage.integrations, callback: callback).endpoints
            + AuditRoutes(log: storage.audit).endpoints
            + ProductRoutes(products: storage.products, media: media, downloadableFiles: downloadableFiles).endpoints
            + ProductRenderRoutes(products: storage.products, clock: storage.clock).endpoints
            + DownloadableRoutes(products: storage.products, files: downloadableFiles).endpoints
            + ProductMediaRoutes(products: storage.products, media: media).endpoints
            + ProductLinkRoutes(products: storage.products).endpoints
            + ProductOptionRoutes(products: storage.products).endpoints
            + ProductPriceRoutes(products: storage.products).endpoints
            + ProductTierPriceRoutes(products: storage.products, groups: storage.customerGroups).endpoints
            + CatalogSearchRoutes(search: storage.catalogSearch).endpoints
            + ProductWebsiteRoutes(products: storage.products).endpoints
            + ConfigurableProductRoutes(products: storage.products, attributes: storage.productAttributes).endpoints
            + BundleProductRoutes(bundles: storage.bundleOptions).endpoints
            + ProductAttributeRoutes(attributes: storage.productAttributes).endpoints
            + AttributeSetRoutes(sets: storage.attributeSets).endpoints
            + CatalogLookupRoutes(attributes: storage.productAttributes, sets: storage.attributeSets).endpoints
            + CategoryRoutes(categories: storage.categories).endpoints
            + ImportCsvRoutes(importer: CsvImport(
                products: ProductCsvImport(products: storage.products, categories: storage.categories, tax: storage.tax, sets: storage.attributeSets),
                stockSources: StockSourcesCsvImport(inventory: storage.inventory)
            )).endpoints
            + StockItemRoutes(registry: storage.stockRegistry, configuration: { stock }).endpoints
            + SalableQuantityRoutes(registry: storage.stockRegistry, configuration: { stock }).endpoints
            + SalabilityCheckRoutes(registry: storage.stockRegistry, inventory: storage.inventory, configuration: { stock }).endpoints
            + InventoryBulkRoutes(inventory: storage.inventory, products: storage.products).endpoints
            + SourceSelectionRoutes(inventory: storage.inventory).endpoints
            + DistanceSourceSelectionRoutes(inventory: storage.inventory).endpoints
            + PickupLocationRoutes(inventory: storage.inventory, sales: storage.sales, stock: { stock }).endpoints
            + LowQuantityNotificationRoutes(inventory: storage.inventory, configuration: { stock }).endpoints
            + StockExportRoutes(products: storage.products, registry: storage.stockRegistry, inventory: storage.inventory, configuration: { stock }).endpoints
            + customerEndpoints(adminTokens: adminTokens, storage: storage)
            + FaultRoutes(faults: faults).endpoints
            + TaxClassRoutes(tax: storage.tax).endpoints
            + TaxRateRoutes(tax: storage.tax).endpoints
            + TaxRuleRoutes(tax: storage.tax).endpoints
            + SalesRuleRoutes(salesRules: storage.salesRules).endpoints
            + CouponRoutes(salesRules: storage.salesRules).endpoints
            + CmsPageRoutes(cms: storage.cms).endpoints
            + CmsBlockRoutes(cms: storage.cms).endpoints
            + OrderRoutes(sales: storage.sales, stock: { stock }).endpoints
            + InvoiceRoutes(sales: storage.sales).endpoints
            + TransactionRoutes(sales: storage.sales).endpoints
            + ShipmentRoutes(sales: storage.sales, stock: { stock }).endpoints
            + CreditmemoRoutes(sales: storage.sales, stock: { stock }).endpoints
            + checkoutEndpoints(storage: storage, stock: stock)
    }
}
