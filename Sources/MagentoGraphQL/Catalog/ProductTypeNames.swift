/// Magento's product type ids and the GraphQL object type each renders as.
enum ProductTypeNames {
    static func typeName(for typeId: String?) -> String {
        switch typeId {
        case "configurable": "ConfigurableProduct"
        case "virtual": "VirtualProduct"
        case "grouped": "GroupedProduct"
        case "bundle": "BundleProduct"
        case "downloadable": "DownloadableProduct"
        default: "SimpleProduct"
        }
    }
}
