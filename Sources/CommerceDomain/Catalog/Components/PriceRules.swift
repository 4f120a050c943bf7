import Foundation
import MagentoWire

/// The price storage routes (`/V1/products/base-prices`, `special-price`, `tier-prices`, `cost`)
/// as changes to product documents. Prices are global here (Magento's default price scope), so a
/// `store_id` other than 0 is accepted and stored as the global value.
public enum PriceRules {
    public static func basePrice(of product: Product) -> BasePrice {
        BasePrice(price: product.price ?? 0, storeId: 0, sku: product.sku)
    }

    public static func specialPrices(of product: Product) -> [SpecialPrice] {
        guard let price = decimal(product, "special_price") else { return [] }
        return [SpecialPrice(
            price: price, storeId: 0, sku: product.sku, priceFrom: text(product, "special_from_date"),
            priceTo: text(product, "special_to_date")
        )]
    }

    public static func setSpecialPrice(_ price: SpecialPrice, on product: inout Product) {
        product.setCustomAttribute("special_price", price.price.map { .string(NSDecimalNumber(decimal: $0).stringValue) })
        product.setCustomAttribute("special_from_date", price.priceFrom.map(JSONValue.string))
        product.setCustomAttribute("special_to_date", price.priceTo.map(JSONValue.string))
    }

    public static func removeSpecialPrice(on product: inout Product) {
        for code in ["special_price", "special_from_date", "special_to_date"] { product.setCustomAttribute(code, nil) }
    }

    public static func cost(of product: Product) -> Cost? {
        decimal(product, "cost").map { Cost(cost: $0, storeId: 0, sku: product.sku) }
    }

    public static func setCost(_ cost: Decimal?, on product: inout Product) {
        product.setCustomAttribute("cost", cost.map { .string(NSDecimalNumber(decimal: $0).stringValue) })
    }

    /// Tier prices in the price-storage shape: `fixed` or `discount` (percentage), per group name.
    public static func tierPrices(of product: Product) -> [TierPrice] {
        (product.tierPrices ?? []).map { tier in
            let percentage = tier.extensionAttributes?.percentageValue
            return TierPrice(
                price: percentage ?? tier.value ?? 0, priceType: percentage == nil ? "fixed" : "discount",
                websiteId: tier.extensionAttributes?.websiteId ?? 0, sku: product.sku,
                customerGroup: groupName(tier.customerGroupId ?? 32000), quantity: tier.qty ?? 1
            )
        }
    }

    /// Adds or replaces a tier by (website, group, quantity).
    public static func upsertTier(_ price: TierPrice, on product: inout Product) throws {
        let tier = try productTier(price)
        var tiers = product.tierPrices ?? []
        tiers.removeAll { sameSlot($0, tier) }
        tiers.append(tier)
        product.tierPrices = tiers
    }

    public static func removeTier(_ price: TierPrice, on product: inout Product) throws {
        let tier = try productTier(price)
        product.tierPrices?.removeAll { sameSlot($0, tier) }
    }

    static func productTier(_ price: TierPrice) throws -> ProductTierPrice {
        guard let group = groupId(price.customerGroup ?? "") else {
            throw CommerceError.invalidInput(message: "No such customer group %1", parameters: [price.customerGroup ?? ""])
        }
        let isDiscount = price.priceType == "discount"
        return ProductTierPrice(
            customerGroupId: group, qty: price.quantity ?? 1, value: isDiscount ? nil : price.price,
            extensionAttributes: ProductTierPriceExtension(percentageValue: isDiscount ? price.price : nil, websiteId: price.websiteId ?? 0)
        )
    }

    static func sameSlot(_ a: ProductTierPrice, _ b: ProductTierPrice) -> Bool {
        a.customerGroupId == b.customerGroupId && a.qty == b.qty
            && (a.extensionAttributes?.websiteId ?? 0) == (b.extensionAttributes?.websiteId ?? 0)
    }

    /// Magento's default customer groups; `ALL GROUPS` is id 32000.
    static let groups: [(id: Int, name: String)] = [(0, "NOT LOGGED IN"), (1, "General"), (2, "Wholesale"), (3, "Retailer"), (32000, "ALL GROUPS")]

    static func groupName(_ id: Int) -> String { groups.first { $0.id == id }?.name ?? String(id) }

    static func groupId(_ name: String) -> Int? {
        groups.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.id ?? Int(name)
    }

    static func decimal(_ product: Product, _ code: String) -> Decimal? {
        text(product, code).flatMap { Decimal(string: $0) }
    }

    static func text(_ product: Product, _ code: String) -> String? {
        guard case .string(let text)? = product.customAttributes?.first(where: { $0.attributeCode == code })?.value else { return nil }
        return text
    }
}
