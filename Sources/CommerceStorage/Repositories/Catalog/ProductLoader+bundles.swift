import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

extension ProductLoader {
    /// Adds each bundle's `extension_attributes.bundle_product_options` from its option rows: a
    /// second statement, run only when the products include a bundle.
    func withBundleOptions(_ products: [Product], on db: any SQLDatabase) async throws -> [Product] {
        var parents: [Int: String] = [:]
        for product in products where product.typeId == "bundle" {
            if let id = product.id { parents[id] = product.sku ?? "" }
        }
        guard !parents.isEmpty else { return products }
        let options = try await BundleRows(engine: engine).options(parents: parents, on: db)
        return products.map { product in
            guard product.typeId == "bundle", let id = product.id else { return product }
            var product = product
            Self.attach(bundleOptions: options[id] ?? [], to: &product)
            return product
        }
    }

    /// Sets the options as Magento answers them (selection prices only when the price is fixed).
    static func attach(bundleOptions: [BundleOption], to product: inout Product) {
        let fixed = BundleRules.isFixedPrice(product)
        var extensions = product.extensionAttributes ?? ProductExtensionAttributes()
        extensions.bundleProductOptions = bundleOptions.map { option in
            var shown = option
            shown.productLinks = option.productLinks?.map { BundleRules.presented($0, fixedPrice: fixed) }
            return shown
        }
        product.extensionAttributes = extensions
    }
}
