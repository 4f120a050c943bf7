import Foundation
import MagentoWire

/// Pure bundle rules shared by storage, REST and checkout.
public enum BundleRules {
    /// Types Magento reports as composite (`isComposite`): never a bundle's selection.
    public static let compositeTypes: Set<String> = ["bundle", "configurable", "grouped"]
    public static let optionTypes: Set<String> = Set(BundleOptionType.all.compactMap(\.code))

    /// The attribute values a new bundle starts with when the request leaves them out: dynamic
    /// price and SKU, price range, shipped together (the admin form's defaults).
    public static let defaultAttributes: [(code: String, value: String)] = [
        ("price_type", "0"), ("sku_type", "0"), ("price_view", "0"), ("shipment_type", "0"),
    ]

    public static func setDefaults(_ product: inout Product) {
        for (code, value) in defaultAttributes where product.customAttribute(code) == nil {
            product.setCustomAttribute(code, .string(value))
        }
    }

    /// A fixed-price bundle (`price_type` 1) prices each selection itself; a dynamic one sums
    /// its children's prices.
    public static func isFixedPrice(_ product: Product) -> Bool {
        product.customAttributeText("price_type") == "1"
    }

    /// The SKU a bundle line and its order row carry: the bundle's own with a fixed SKU
    /// (`sku_type` 1), else the bundle's followed by each chosen child's, joined by `-`, in the
    /// bundle's option and selection order (`KIT-S1-S2`).
    public static func lineSku(_ bundle: Product, childSkus: [String]) -> String {
        let own = bundle.sku ?? ""
        guard bundle.customAttributeText("sku_type") != "1" else { return own }
        return ([own] + childSkus).joined(separator: "-")
    }

    /// A link as Magento answers it: selection price and price type only on a fixed-price bundle.
    public static func presented(_ link: BundleLink, fixedPrice: Bool) -> BundleLink {
        guard !fixedPrice else { return link }
        var shown = link
        shown.price = nil
        shown.priceType = nil
        return shown
    }
}
