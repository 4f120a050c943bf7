import HTTPTypes

extension Endpoint {
    /// The PHP service interface and method Magento runs for this route
    /// (`Magento\Catalog\Api\ProductRepositoryInterface::save`), from the operations table.
    /// Magpie's own routes have no Magento interface; they are named `Magpie\<service>::<operation>`.
    var serviceClassMethod: String {
        MagentoServiceClasses.byRoute["\(method.rawValue) \(path.description)"] ?? "Magpie\\\(service)::\(operation)"
    }
}
