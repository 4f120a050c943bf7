import Foundation
import MagentoWire

/// Bundle lines: the line is the bundle itself; what it holds is its `bundle_options`.
extension CheckoutService {
    /// The `product_option` a bundle line keeps, after Magento's checks: the selections exist
    /// and every required option is chosen, and each chosen child has the stock for `qty`
    /// bundles (the bundle has no stock of its own).
    func checkedBundleOption(_ bundle: Product, _ productOption: JSONValue?, qty: Decimal, scope: CatalogScope) async throws -> JSONValue {
        let requests = BundleSelection.requests(productOption)
        let choices = try BundleSelection.choices(of: bundle, requests)
        for choice in choices {
            let child = try await products.product(sku: choice.link.sku ?? "", scope: scope)
            try CartStockCheck.check(child, qty: qty * choice.qty, config: stock())
        }
        return BundleSelection.normalized(requests)
    }
}
