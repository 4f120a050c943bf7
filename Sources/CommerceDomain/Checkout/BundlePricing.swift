import Foundation
import MagentoWire

/// A bundle's price for one unit of a cart line (Magento's bundle price model).
///
/// Dynamic price (`price_type` 0): the sum of each chosen child's final price times its
/// quantity in the bundle. Fixed price (1): the bundle's own final price plus each selection's
/// price times its quantity, a percent selection being that percent of the bundle's price.
public enum BundlePricing {
    public static func unitPrice(
        _ bundle: Product, choices: [BundleChoice], children: (String) -> Product?, lineQty: Decimal, customerGroupId: Int, date: String
    ) -> Decimal {
        if BundleRules.isFixedPrice(bundle) {
            let base = ProductFinalPrice.of(bundle, qty: lineQty, customerGroupId: customerGroupId, date: date)
            return choices.reduce(base) { $0 + selectionPrice($1.link, bundle: bundle) * $1.qty }
        }
        return choices.reduce(Decimal(0)) { total, choice in
            guard let child = children(choice.link.sku ?? "") else { return total }
            return total + ProductFinalPrice.of(child, qty: lineQty * choice.qty, customerGroupId: customerGroupId, date: date) * choice.qty
        }
    }

    /// A selection's own price on a fixed-price bundle: its amount, or (price type 1) that
    /// percent of the bundle's price.
    public static func selectionPrice(_ link: BundleLink, bundle: Product) -> Decimal {
        let price = link.price ?? 0
        return link.priceType == 1 ? SalesMoney.cents((bundle.price ?? 0) * price / 100) : price
    }

    /// A bundle's weight: its own when set, else its children's.
    public static func weight(_ bundle: Product, choices: [BundleChoice], children: (String) -> Product?) -> Decimal {
        if let own = bundle.weight { return own }
        return choices.reduce(Decimal(0)) { $0 + (children($1.link.sku ?? "")?.weight ?? 0) * $1.qty }
    }
}
