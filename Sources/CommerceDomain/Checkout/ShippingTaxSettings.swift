import Foundation
import MagentoWire

/// How shipping is taxed: Magento's `tax/classes/shipping_tax_class` (a product tax class id;
/// 0, Magento's default, means shipping is not taxed) and `tax/calculation/shipping_includes_tax`
/// (the carriers' prices already include that tax).
public struct ShippingTaxSettings: Sendable, Equatable {
    public var taxClassId: Int
    public var pricesIncludeTax: Bool

    public init(taxClassId: Int = 0, pricesIncludeTax: Bool = false) {
        self.taxClassId = taxClassId
        self.pricesIncludeTax = pricesIncludeTax
    }

    init(_ lookup: @escaping (String) -> String?) {
        let config = ConfigReader(lookup: lookup)
        self.init(
            taxClassId: lookup("tax/classes/shipping_tax_class").flatMap { Int($0) } ?? 0,
            pricesIncludeTax: config.flag("tax/calculation/shipping_includes_tax", false)
        )
    }
}

/// The tax on one shipping price.
struct ShippingTax: Equatable {
    /// The price without tax, the tax and the price with it.
    var excludingTax: Decimal
    var tax: Decimal
    var includingTax: Decimal

    static func untaxed(_ price: Decimal) -> ShippingTax {
        ShippingTax(excludingTax: price, tax: 0, includingTax: price)
    }

    /// Taxes `price` at the rate for `address` and the buyer's class: added on top, or taken
    /// out of a price that includes it (tax = price × rate / (100 + rate), rounded to cents).
    static func of(_ price: Decimal, settings: ShippingTaxSettings, address: CartAddress?, inputs: CartInputs) -> ShippingTax {
        guard settings.taxClassId > 0, price > 0, let country = address?.countryId else { return untaxed(price) }
        let percent = inputs.tax.calculate(TaxRequest(
            countryId: country, regionId: address?.regionId, postcode: address?.postcode,
            productTaxClassId: settings.taxClassId, customerTaxClassId: inputs.buyer.taxClassId, amount: price
        )).percent
        guard percent > 0 else { return untaxed(price) }
        if settings.pricesIncludeTax {
            let tax = SalesMoney.cents(price * percent / (100 + percent))
            return ShippingTax(excludingTax: price - tax, tax: tax, includingTax: price)
        }
        let tax = SalesMoney.cents(price * percent / 100)
        return ShippingTax(excludingTax: price, tax: tax, includingTax: price + tax)
    }
}
