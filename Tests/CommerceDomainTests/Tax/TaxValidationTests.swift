import CommerceDomain
import Foundation
import MagentoWire
import Testing

@Suite("Tax input validation")
struct TaxValidationTests {
    @Test("a class needs a name and a PRODUCT or CUSTOMER type")
    func classes() {
        #expect(throws: CommerceError.multipleInputErrors([
            .invalidInputNamed(message: "\"%fieldName\" is required. Enter and try again.", parameters: ["fieldName": "class_name"]),
            .invalidInputNamed(message: "Invalid value of \"%value\" provided for the %fieldName field.", parameters: ["fieldName": "class_type", "value": "product"]),
        ])) { try TaxClassRules.validate(TaxClass(className: " ", classType: "product")) }
        #expect(throws: Never.self) { try TaxClassRules.validate(TaxClass(className: "Food", classType: "PRODUCT")) }
    }

    @Test("a rate lists every problem in Magento's order")
    func rates() {
        #expect(throws: CommerceError.multipleInputErrors([
            .invalidInputNamed(message: "Invalid value of \"%value\" provided for the %fieldName field.", parameters: ["fieldName": "country_id", "value": "ZZ"]),
            .invalidInputNamed(message: "Invalid value of \"%value\" provided for the %fieldName field.", parameters: ["fieldName": "region_id", "value": "9999"]),
            .invalidInputNamed(message: "\"%fieldName\" is required. Enter and try again.", parameters: ["fieldName": "percentage_rate"]),
            .invalidInputNamed(message: "\"%fieldName\" is required. Enter and try again.", parameters: ["fieldName": "code"]),
            .invalidInputNamed(message: "\"%fieldName\" is required. Enter and try again.", parameters: ["fieldName": "postcode"]),
        ])) { try TaxRateRules.validate(TaxRate(taxCountryId: "ZZ", taxRegionId: 9999, rate: -1)) }
    }

    @Test("a range needs numbers in order and becomes the rate's postcode")
    func ranges() throws {
        #expect(throws: CommerceError.multipleInputErrors([.invalidInput(message: "Range To should be equal or greater than Range From.")])) {
            try TaxRateRules.validate(TaxRate(taxCountryId: "US", zipIsRange: 1, zipFrom: 9, zipTo: 1, rate: 1, code: "r"))
        }
        let rate = TaxRate(taxCountryId: "us", taxPostcode: "x", zipIsRange: 1, zipFrom: 10, zipTo: 20, rate: 1, code: "r")
        try TaxRateRules.validate(rate)
        let stored = TaxRateRules.normalized(rate)
        #expect(stored.taxPostcode == "10-20")
        #expect(stored.taxCountryId == "US")
        #expect(stored.taxRegionId == 0)
        #expect(stored.titles == [])
    }

    @Test("a rule needs non-negative position and priority, a code, and known classes and rates")
    func rules() {
        #expect(throws: CommerceError.multipleInputErrors([
            .invalidInputNamed(message: "\"%fieldName\" is required. Enter and try again.", parameters: ["fieldName": "position"]),
            .invalidInputNamed(message: "The %fieldName value of \"%value\" must be greater than or equal to %minValue.", parameters: ["fieldName": "priority", "value": "-1", "minValue": "0"]),
            .invalidInputNamed(message: "\"%fieldName\" is required. Enter and try again.", parameters: ["fieldName": "code"]),
            .invalidInputNamed(message: "No such entity with %fieldName = %fieldValue", parameters: ["fieldName": "customer_tax_class_ids", "fieldValue": "2"]),
            .invalidInputNamed(message: "\"%fieldName\" is required. Enter and try again.", parameters: ["fieldName": "product_tax_class_ids"]),
            .invalidInputNamed(message: "\"%fieldName\" is required. Enter and try again.", parameters: ["fieldName": "tax_rate_ids"]),
        ])) {
            try TaxRuleRules.validate(TaxRule(priority: -1, customerTaxClassIds: [2]), customerClassIds: [3], productClassIds: [2], rateIds: [1])
        }
    }
}
