import CommerceDomain
import Foundation
import MagentoWire
import Testing

/// Shipping taxed by `tax/classes/shipping_tax_class`, worked out by hand on the cart of
/// `CartPricingTests`: two tees at 30 and a mug at 50 to San Francisco (8.25% on class 2 for
/// retail customers), flat rate 3 × 5 = 15. The lines' tax is 60 × 8.25% = 4.95 and
/// 50 × 8.25% = 4.125 → 4.13, so 9.08 whatever shipping does.
@Suite("Shipping tax pricing")
struct ShippingTaxPricingTests {
    static func settings(taxClass: Int, includesTax: Bool = false) -> CheckoutSettings {
        var settings = CartPricingTests.settings
        settings.shippingTax = ShippingTaxSettings(taxClassId: taxClass, pricesIncludeTax: includesTax)
        return settings
    }

    static func price(_ settings: CheckoutSettings, country: String = "US") -> PricedCart {
        CartPricing.price(CartPricingTests.quote(country: country), inputs: CartPricingTests.inputs([]), settings: settings)
    }

    @Test("no shipping tax class (Magento's default): shipping untaxed, 110 + 15 + 9.08 = 134.08")
    func untaxedByDefault() {
        let totals = Self.price(CartPricingTests.settings).totals
        #expect(totals.shippingAmount == 15)
        #expect(totals.shippingTaxAmount == 0)
        #expect(totals.shippingInclTax == 15)
        #expect(totals.taxAmount == Decimal(string: "9.08"))
        #expect(totals.grandTotal == Decimal(string: "134.08"))
    }

    @Test("shipping in class 2: 15 × 8.25% = 1.2375 → 1.24 on top; tax 10.32, grand total 135.32")
    func taxedOnTop() {
        let priced = Self.price(Self.settings(taxClass: 2))
        let totals = priced.totals
        #expect(totals.shippingAmount == 15)
        #expect(totals.baseShippingAmount == 15)
        #expect(totals.shippingTaxAmount == Decimal(string: "1.24"))
        #expect(totals.baseShippingTaxAmount == Decimal(string: "1.24"))
        #expect(totals.shippingInclTax == Decimal(string: "16.24"))
        #expect(totals.taxAmount == Decimal(string: "10.32"))
        #expect(totals.subtotalInclTax == Decimal(string: "119.08"))
        #expect(totals.grandTotal == Decimal(string: "135.32"))
        #expect(totals.baseGrandTotal == Decimal(string: "135.32"))
        #expect(totals.totalSegments.map(\.value) == [110, 15, Decimal(string: "10.32")!, Decimal(string: "135.32")!])
        let flat = priced.shippingRates.first { $0.carrierCode == "flatrate" }
        #expect(flat?.amount == 15)
        #expect(flat?.priceExclTax == 15)
        #expect(flat?.priceInclTax == Decimal(string: "16.24"))
    }

    @Test("prices including tax: 15 holds 15 × 8.25 / 108.25 = 1.1432 → 1.14, shipping 13.86; grand total stays 134.08")
    func taxIncludedInPrice() {
        let priced = Self.price(Self.settings(taxClass: 2, includesTax: true))
        let totals = priced.totals
        #expect(totals.shippingAmount == Decimal(string: "13.86"))
        #expect(totals.shippingTaxAmount == Decimal(string: "1.14"))
        #expect(totals.shippingInclTax == 15)
        #expect(totals.taxAmount == Decimal(string: "10.22"))
        #expect(totals.grandTotal == Decimal(string: "134.08"))
        #expect(priced.shippingRates.first?.priceExclTax == Decimal(string: "13.86"))
        #expect(priced.shippingRates.first?.priceInclTax == 15)
    }

    @Test("no rate for the class or the destination: shipping untaxed (class 4 has no rule; France has no rate here)")
    func noMatchingRate() {
        #expect(Self.price(Self.settings(taxClass: 4)).totals.shippingTaxAmount == 0)
        let france = Self.price(Self.settings(taxClass: 2), country: "FR").totals
        #expect(france.shippingTaxAmount == 0)
        #expect(france.grandTotal == 125)
    }

    @Test("the placed order carries the shipping tax in shipping_tax_amount, tax_amount and grand_total")
    func orderCarriesShippingTax() throws {
        var quote = CartPricingTests.quote()
        quote.details.payment = CartPayment(method: "checkmo")
        quote.details.customerEmail = "ada@example.com"
        let order = try QuoteOrderBuilder.order(from: quote, inputs: CartPricingTests.inputs([]), settings: Self.settings(taxClass: 2))
        #expect(order.shippingAmount == 15)
        #expect(order.shippingTaxAmount == Decimal(string: "1.24"))
        #expect(order.shippingInclTax == Decimal(string: "16.24"))
        #expect(order.taxAmount == Decimal(string: "10.32"))
        #expect(order.grandTotal == Decimal(string: "135.32"))
        let untaxed = try QuoteOrderBuilder.order(from: quote, inputs: CartPricingTests.inputs([]), settings: CartPricingTests.settings)
        #expect(untaxed.shippingTaxAmount == nil)
        #expect(untaxed.grandTotal == Decimal(string: "134.08"))
    }
}
