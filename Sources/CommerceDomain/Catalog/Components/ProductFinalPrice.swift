import Foundation
import MagentoWire

/// Magento's final price of a product for a buyer, a quantity and a day: the lowest of its price,
/// its special price while `special_from_date`…`special_to_date` covers the day, and the tier
/// prices of the buyer's group (or ALL GROUPS) whose quantity the line reaches. A percentage tier
/// takes that share off the price.
public enum ProductFinalPrice {
    public static func of(_ product: Product, qty: Decimal, customerGroupId: Int, date: String) -> Decimal {
        let price = product.price ?? 0
        var candidates = [price]
        if let special = activeSpecialPrice(product, date: date) { candidates.append(special) }
        for tier in product.tierPrices ?? [] {
            guard tier.customerGroupId == customerGroupId || tier.customerGroupId == 32000, (tier.qty ?? 1) <= qty else { continue }
            if let percentage = tier.extensionAttributes?.percentageValue {
                candidates.append(SalesMoney.cents(price * (100 - percentage) / 100))
            } else if let value = tier.value {
                candidates.append(value)
            }
        }
        return candidates.min() ?? price
    }

    /// The special price if the day (`YYYY-MM-DD`) is within its dates (either may be open).
    public static func activeSpecialPrice(_ product: Product, date: String) -> Decimal? {
        guard let text = product.customAttributeText("special_price"), let special = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            return nil
        }
        if let from = product.customAttributeText("special_from_date"), !from.isEmpty, date < String(from.prefix(10)) { return nil }
        if let to = product.customAttributeText("special_to_date"), !to.isEmpty, date > String(to.prefix(10)) { return nil }
        return special
    }

}
