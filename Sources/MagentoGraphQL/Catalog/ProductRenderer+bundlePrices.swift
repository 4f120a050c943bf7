import CommerceDomain
import Foundation
import MagentoWire

extension ProductRenderer {
    typealias PricePair = (regular: Decimal, final: Decimal)

    /// A bundle's cheapest and dearest configurations, as Magento's price range shows them: the
    /// required options at their cheapest selection (the cheapest selection of all when no
    /// option is required), and every option at its dearest (all of a checkbox or multiple
    /// select). A selection costs its child's price times its quantity on a dynamic-price
    /// bundle, its own price times its quantity over the bundle's price on a fixed one. Nil
    /// when the bundle has no selections.
    func bundlePriceRange(_ bundle: Product, related: Related) -> (minimum: PricePair, maximum: PricePair)? {
        let fixed = BundleRules.isFixedPrice(bundle)
        let base: PricePair = fixed ? (bundle.price ?? 0, finalPrice(bundle)) : (0, 0)
        let options = (bundle.extensionAttributes?.bundleProductOptions ?? []).map { option in
            (option: option, prices: (option.productLinks ?? []).compactMap { link -> PricePair? in
                let qty = link.qty ?? 1
                if fixed {
                    let price = BundlePricing.selectionPrice(link, bundle: bundle) * qty
                    return (price, price)
                }
                guard let child = link.sku.flatMap({ related.bySku[$0.lowercased()] }), child.status != 2 else { return nil }
                return ((child.price ?? 0) * qty, finalPrice(child) * qty)
            })
        }.filter { !$0.prices.isEmpty }
        guard !options.isEmpty else { return nil }
        func cheapest(_ prices: [PricePair]) -> PricePair { prices.min { $0.final < $1.final } ?? (0, 0) }
        func add(_ left: PricePair, _ right: PricePair) -> PricePair { (left.regular + right.regular, left.final + right.final) }
        let required = options.filter { $0.option.required == true }
        let minimum = required.isEmpty
            ? add(base, cheapest(options.map { cheapest($0.prices) }))
            : required.reduce(base) { add($0, cheapest($1.prices)) }
        let maximum = options.reduce(base) { total, entry in
            let single = ["select", "radio"].contains(entry.option.type ?? "select")
            let dearest = single ? (entry.prices.max { $0.final < $1.final } ?? (0, 0)) : entry.prices.reduce((0, 0), add)
            return add(total, dearest)
        }
        return (minimum, maximum)
    }

    /// A guest's price for one unit on the server's day, as the cart would charge it.
    private func finalPrice(_ product: Product) -> Decimal {
        settings.today.isEmpty ? (product.price ?? 0) : ProductFinalPrice.of(product, qty: 1, customerGroupId: 0, date: settings.today)
    }
}
