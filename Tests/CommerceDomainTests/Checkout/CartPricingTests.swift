import CommerceDomain
import Foundation
import MagentoWire
import Testing

/// Cart totals worked out by hand: two tees at 30 and a mug at 50 (subtotal 110), shipped to
/// San Francisco (California, 8.25% on taxable goods for retail customers).
@Suite("Cart pricing")
struct CartPricingTests {
    static let california = TaxRate(id: 1, taxCountryId: "US", taxRegionId: 12, taxPostcode: "*", rate: Decimal(string: "8.25"), code: "US-CA")
    static let taxRule = TaxRule(id: 1, code: "retail", priority: 0, position: 0, customerTaxClassIds: [3], productTaxClassIds: [2], taxRateIds: [1], calculateSubtotal: false)

    static func quote(coupon: String? = nil, country: String = "US", carrier: String = "flatrate", method: String = "flatrate") -> Quote {
        var details = QuoteDetails()
        var address = CartAddress()
        address.countryId = country
        address.regionId = country == "US" ? 12 : nil
        address.postcode = "94105"
        details.shippingAddress = address
        details.billingAddress = address
        details.shippingCarrierCode = carrier
        details.shippingMethodCode = method
        details.couponCode = coupon
        return Quote(
            id: 1, storeId: 1, customerId: nil, isActive: true, createdAt: "", updatedAt: "",
            items: [QuoteItem(itemId: 1, sku: "TEE", qty: 2), QuoteItem(itemId: 2, sku: "MUG", qty: 1)], details: details
        )
    }

    static func inputs(_ rules: [SalesRule], coupons: [Coupon] = []) -> CartInputs {
        CartInputs(
            products: [
                "tee": Product(sku: "TEE", name: "Tee", price: 30, typeId: "simple"),
                "mug": Product(sku: "MUG", name: "Mug", price: 50, typeId: "simple"),
            ],
            buyer: .guest, promotions: PromotionEngine(rules: rules, coupons: coupons),
            tax: TaxCalculator(rules: [taxRule], rates: [california]), date: "2026-12-01"
        )
    }

    static let settings = CheckoutSettings(websiteId: 1, currency: "USD", carriers: CarrierSettings(), payments: PaymentSettings())

    @Test("10% over 100: discount 6 + 5, flat rate 3 × 5, tax 4.46 + 3.71 on the discounted rows, grand total 122.17")
    func percentRuleWithTax() {
        let priced = CartPricing.price(Self.quote(), inputs: Self.inputs([PromotionFixtures.tenPercentOver100]), settings: Self.settings)
        let totals = priced.totals
        #expect(totals.subtotal == 110)
        #expect(totals.discountAmount == -11)
        #expect(totals.subtotalWithDiscount == 99)
        #expect(totals.shippingAmount == 15)
        #expect(totals.items.map(\.taxAmount) == [Decimal(string: "4.46")!, Decimal(string: "3.71")!])
        #expect(totals.taxAmount == Decimal(string: "8.17"))
        #expect(totals.grandTotal == Decimal(string: "122.17"))
        #expect(totals.baseGrandTotal == totals.grandTotal)
        #expect(totals.totalSegments.map(\.code) == ["subtotal", "shipping", "discount", "tax", "grand_total"])
        #expect(totals.totalSegments[1].title == "Shipping & Handling (Flat Rate - Fixed)")
        // 99 after discounts is under the 100 free-shipping threshold.
        #expect(priced.shippingRates.map(\.carrierCode) == ["flatrate"])
    }

    @Test("coupon SAVE10 (10 off each unit) runs first; then 10% of what is left: discount 38, tax 2.97 × 2, grand total 92.94")
    func couponThenPercent() {
        let inputs = Self.inputs([PromotionFixtures.tenPercentOver100, PromotionFixtures.save10], coupons: [PromotionFixtures.save10Coupon])
        let totals = CartPricing.price(Self.quote(coupon: "SAVE10"), inputs: inputs, settings: Self.settings).totals
        #expect(totals.items.map(\.discountAmount) == [24, 14])
        #expect(totals.discountAmount == -38)
        #expect(totals.taxAmount == Decimal(string: "5.94"))
        #expect(totals.grandTotal == Decimal(string: "92.94"))
        #expect(totals.totalSegments.first { $0.code == "discount" }?.title == "Discount (SAVE10)")
        let without = CartPricing.price(Self.quote(), inputs: inputs, settings: Self.settings).totals
        #expect(without.discountAmount == -11)
    }

    @Test("a free-shipping rule makes flat rate cost nothing and offers free shipping: 110 + 0 + tax 4.95 + 4.13 = 119.08")
    func freeShippingRule() {
        let priced = CartPricing.price(Self.quote(), inputs: Self.inputs([PromotionFixtures.freeShippingOver75]), settings: Self.settings)
        #expect(priced.shippingRates.map(\.carrierCode) == ["flatrate", "freeshipping"])
        #expect(priced.shippingRates.map(\.amount) == [0, 0])
        #expect(priced.totals.shippingAmount == 0)
        #expect(priced.totals.taxAmount == Decimal(string: "9.08"))
        #expect(priced.totals.grandTotal == Decimal(string: "119.08"))
    }

    @Test("outside the taxed region there is no tax; per-order flat rate 5, free shipping from 100, table rate by value")
    func carriersWithoutTax() {
        var settings = Self.settings
        settings.carriers.flatRate.perItem = false
        settings.carriers.tableRate.active = true
        settings.carriers.tableRate.rates = [TableRateRow(from: 0, price: 20), TableRateRow(from: 100, price: Decimal(string: "7.5")!)]
        let priced = CartPricing.price(Self.quote(country: "FR", carrier: "tablerate", method: "bestway"), inputs: Self.inputs([]), settings: settings)
        #expect(priced.shippingRates.map(\.amount) == [5, 0, Decimal(string: "7.5")!])
        #expect(priced.shippingRates.map(\.methodCode) == ["flatrate", "freeshipping", "bestway"])
        #expect(priced.totals.taxAmount == 0)
        #expect(priced.totals.grandTotal == Decimal(string: "117.5"))
        #expect(priced.totals.totalSegments[1].title == "Shipping & Handling (Best Way - Table Rate)")
    }

    @Test("table rate by quantity takes the highest row reached; none below the first row")
    func tableRateByQty() {
        var table = CarrierSettings.TableRate()
        table.active = true
        table.condition = .packageQty
        table.rates = [TableRateRow(from: 2, price: 8), TableRateRow(from: 5, price: 4)]
        var settings = CarrierSettings(tableRate: table)
        settings.flatRate.active = false
        settings.freeShipping.active = false
        #expect(ShippingCarriers.rates(settings, for: ShippingPackage(qty: 3, value: 10, weight: 0, freeShipping: false)).map(\.amount) == [8])
        #expect(ShippingCarriers.rates(settings, for: ShippingPackage(qty: 6, value: 10, weight: 0, freeShipping: false)).map(\.amount) == [4])
        #expect(ShippingCarriers.rates(settings, for: ShippingPackage(qty: 1, value: 10, weight: 0, freeShipping: false)).isEmpty)
    }

    @Test("payment methods: the enabled ones for a paid cart, only free for a cart that costs nothing")
    func paymentMethods() {
        var payments = PaymentSettings()
        payments.methods[1].active = false
        #expect(payments.available(grandTotal: 10).map(\.code) == ["checkmo", "cashondelivery", "purchaseorder"])
        #expect(payments.available(grandTotal: 0).map(\.code) == ["free"])
    }
}
