import CommerceDomain
import Foundation
import MagentoWire
import Testing

@Suite("Tax calculator")
struct TaxCalculatorTests {
    static let california = TaxRate(id: 1, taxCountryId: "US", taxRegionId: 12, taxPostcode: "*", rate: Decimal(string: "8.25"), code: "US-CA")
    static let allUS = TaxRate(id: 2, taxCountryId: "US", taxRegionId: 0, taxPostcode: "*", rate: 5, code: "US-*")
    static let losAngeles = TaxRate(id: 3, taxCountryId: "US", taxRegionId: 12, taxPostcode: "900*", rate: 1, code: "US-CA-900")
    static let range = TaxRate(id: 4, taxCountryId: "US", taxRegionId: 0, taxPostcode: "90000-90999", zipIsRange: 1, zipFrom: 90000, zipTo: 90999, rate: 2, code: "US-range")
    static let france = TaxRate(id: 5, taxCountryId: "FR", taxRegionId: 0, taxPostcode: "*", rate: 20, code: "FR")

    static func rule(_ id: Int, rates: [Int], priority: Int = 0, subtotalOnly: Bool = false) -> TaxRule {
        TaxRule(id: id, code: "rule \(id)", priority: priority, position: 0, customerTaxClassIds: [3],
                productTaxClassIds: [2], taxRateIds: rates, calculateSubtotal: subtotalOnly)
    }

    static func request(_ country: String = "US", region: Int? = 12, postcode: String? = "94105", amount: String = "100") -> TaxRequest {
        TaxRequest(countryId: country, regionId: region, postcode: postcode, productTaxClassId: 2, customerTaxClassId: 3,
                   amount: Decimal(string: amount)!)
    }

    let rates = [california, allUS, losAngeles, range, france]

    @Test("one matching rate taxes the amount at its percentage")
    func singleRate() {
        let result = TaxCalculator(rules: [Self.rule(1, rates: [1])], rates: rates).calculate(Self.request())
        #expect(result.rates.map(\.code) == ["US-CA"])
        #expect(result.percent == Decimal(string: "8.25"))
        #expect(result.tax == Decimal(string: "8.25"))
    }

    @Test("tax is rounded half-up to cents: 19.99 at 8.25% is 1.649175, so 1.65")
    func rounding() {
        let result = TaxCalculator(rules: [Self.rule(1, rates: [1])], rates: rates).calculate(Self.request(amount: "19.99"))
        #expect(result.tax == Decimal(string: "1.65"))
        let half = TaxCalculator(rules: [Self.rule(1, rates: [2])], rates: rates).calculate(Self.request(amount: "10.10"))
        #expect(half.tax == Decimal(string: "0.51"))   // 0.505 rounds up
    }

    @Test("rules of the same priority add: 8.25% and 5% make 13.25%")
    func samePriorityAdds() {
        let result = TaxCalculator(rules: [Self.rule(1, rates: [1]), Self.rule(2, rates: [2])], rates: rates)
            .calculate(Self.request(amount: "200"))
        #expect(result.percent == Decimal(string: "13.25"))
        #expect(result.tax == Decimal(string: "26.5"))
    }

    @Test("a later priority compounds: 5% then 8.25% on 105% is 13.6625%")
    func laterPriorityCompounds() {
        let result = TaxCalculator(rules: [Self.rule(1, rates: [2]), Self.rule(2, rates: [1], priority: 1)], rates: rates)
            .calculate(Self.request())
        #expect(result.rates.map(\.code) == ["US-*", "US-CA"])
        #expect(result.percent == Decimal(string: "13.6625"))
        #expect(result.tax == Decimal(string: "13.66"))
    }

    @Test("calculate off subtotal only makes a later priority add instead of compound")
    func subtotalOnlyAdds() {
        let result = TaxCalculator(rules: [Self.rule(1, rates: [2]), Self.rule(2, rates: [1], priority: 1, subtotalOnly: true)], rates: rates)
            .calculate(Self.request())
        #expect(result.percent == Decimal(string: "13.25"))
        #expect(result.tax == Decimal(string: "13.25"))
    }

    @Test("of one rule's matching rates only the most specific applies")
    func mostSpecificRateOfARule() {
        let calculator = TaxCalculator(rules: [Self.rule(1, rates: [2, 1, 3])], rates: rates)
        #expect(calculator.calculate(Self.request()).rates.map(\.code) == ["US-CA"])
        #expect(calculator.calculate(Self.request(postcode: "90012")).rates.map(\.code) == ["US-CA-900"])
        #expect(calculator.calculate(Self.request(region: 43)).rates.map(\.code) == ["US-*"])
    }

    @Test("postcode wildcards and numeric ranges decide whether a rate applies")
    func postcodes() {
        let calculator = TaxCalculator(rules: [Self.rule(1, rates: [3]), Self.rule(2, rates: [4])], rates: rates)
        #expect(calculator.calculate(Self.request(postcode: "90012")).rates.map(\.code) == ["US-CA-900", "US-range"])
        #expect(calculator.calculate(Self.request(postcode: "90099")).rates.map(\.code) == ["US-CA-900", "US-range"])
        #expect(calculator.calculate(Self.request(postcode: "90999")).rates.map(\.code) == ["US-range"])
        #expect(calculator.calculate(Self.request(postcode: "91000")).rates.isEmpty)
        #expect(calculator.calculate(Self.request(postcode: "ABC")).rates.isEmpty)
        #expect(calculator.calculate(Self.request(postcode: nil)).rates.isEmpty)
    }

    @Test("another country, region or class gets no tax")
    func noMatch() {
        let calculator = TaxCalculator(rules: [Self.rule(1, rates: [1])], rates: rates)
        #expect(calculator.calculate(Self.request("FR", region: nil)).tax == 0)
        #expect(calculator.calculate(Self.request(region: 43)).tax == 0)
        var otherClass = Self.request()
        otherClass.productTaxClassId = 9
        #expect(calculator.calculate(otherClass).rates.isEmpty)
        #expect(calculator.calculate(otherClass).tax == 0)
    }

    @Test("country codes match in any case")
    func countryCase() {
        let result = TaxCalculator(rules: [Self.rule(1, rates: [5])], rates: rates).calculate(Self.request("fr", region: nil, amount: "49.99"))
        #expect(result.tax == Decimal(string: "10"))   // 9.998
    }
}
