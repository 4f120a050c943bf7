import Foundation
import MagentoWire

/// Bundle lines: the line is the bundle itself; what it holds is its `bundle_options`.
extension CheckoutService {
    /// A new bundle line with its choices as the cart keeps them, after the checks below on the
    /// quantity the line will have (a line of the same bundle and choices grows).
    func checkedBundleLine(_ line: QuoteItem, bundle: Product, productOption: JSONValue?, in quote: Quote, scope: CatalogScope) async throws -> QuoteItem {
        var line = line
        line.productOption = BundleSelection.normalized(BundleSelection.requests(productOption), keeping: productOption)
        let inCart = quote.items.filter { $0.sku.lowercased() == line.sku.lowercased() && $0.hasSameCustomOptions(as: line) }
            .reduce(Decimal(0)) { $0 + $1.qty }
        line.productOption = try await checkedBundleOption(bundle, line.productOption, qty: inCart + line.qty, scope: scope)
        return line
    }

    /// The `product_option` a bundle line keeps, after Magento's checks: the selections exist
    /// and every required option is chosen, and each chosen child has the stock for `qty`
    /// bundles (the bundle has no stock of its own).
    func checkedBundleOption(_ bundle: Product, _ productOption: JSONValue?, qty: Decimal, scope: CatalogScope) async throws -> JSONValue {
        let requests = BundleSelection.requests(productOption)
        let choices = try BundleSelection.choices(of: bundle, requests)
        for choice in choices {
            let child = try await products.product(sku: choice.link.sku ?? "", scope: scope)
            try await checkStock(child, qty: qty * choice.qty, storeId: scope.storeId)
        }
        return BundleSelection.normalized(requests, keeping: productOption)
    }
}
