import Foundation
import MagentoWire

/// The demo store's tax set-up, cart price rules, coupons and CMS content.
public enum DemoPromotions {
    static let combine = "Magento\\SalesRule\\Model\\Rule\\Condition\\Combine"
    static let address = "Magento\\SalesRule\\Model\\Rule\\Condition\\Address"

    /// US-CA 8.25%, US-NY 8.875%, FR 20%, DE 19%.
    public static var taxRates: [TaxRate] {
        let us = CountryDirectory().country(id: "US", locale: "en_US")?.regions ?? []
        func region(_ code: String) -> Int { us.first { $0.code == code }?.id ?? 0 }
        return [
            TaxRate(taxCountryId: "US", taxRegionId: region("CA"), taxPostcode: "*", rate: Decimal(string: "8.25"), code: "US-CA-*-Rate 1"),
            TaxRate(taxCountryId: "US", taxRegionId: region("NY"), taxPostcode: "*", rate: Decimal(string: "8.875"), code: "US-NY-*-Rate 1"),
            TaxRate(taxCountryId: "FR", taxRegionId: 0, taxPostcode: "*", rate: 20, code: "FR-*-*-Rate 1"),
            TaxRate(taxCountryId: "DE", taxRegionId: 0, taxPostcode: "*", rate: 19, code: "DE-*-*-Rate 1"),
        ]
    }

    /// Retail customers buying taxable goods pay the rates above.
    public static func taxRule(rateIds: [Int]) -> TaxRule {
        TaxRule(code: "Retail Tax", priority: 0, position: 0, customerTaxClassIds: [3], productTaxClassIds: [2],
                taxRateIds: rateIds, calculateSubtotal: false)
    }

    static func subtotalAtLeast(_ amount: String) -> SalesRuleCondition {
        SalesRuleCondition(conditionType: combine, conditions: [
            SalesRuleCondition(conditionType: address, operator: ">=", attributeName: "base_subtotal", value: amount),
        ], aggregatorType: "all", value: "1")
    }

    public static let salesRules: [SalesRule] = [
        SalesRule(name: "10% off orders over $100", description: "Automatic 10% discount on a subtotal of $100 or more",
                  websiteIds: [1], customerGroupIds: [0, 1, 2, 3], isActive: true, condition: subtotalAtLeast("100"),
                  sortOrder: 1, simpleAction: "by_percent", discountAmount: 10, couponType: "NO_COUPON"),
        SalesRule(name: "SAVE10", description: "$10 off each item with coupon SAVE10",
                  websiteIds: [1], customerGroupIds: [0, 1, 2, 3], isActive: true, sortOrder: 0,
                  simpleAction: "by_fixed", discountAmount: 10, couponType: "SPECIFIC_COUPON"),
        SalesRule(name: "Free shipping over $75", websiteIds: [1], customerGroupIds: [0, 1, 2, 3], isActive: true,
                  condition: subtotalAtLeast("75"), sortOrder: 2, simpleAction: "by_percent", discountAmount: 0,
                  couponType: "NO_COUPON", simpleFreeShipping: 2),
    ]

    /// Codes of the SAVE10 rule (the second rule).
    public static let couponCodes = ["SAVE10", "WELCOME10", "FRIENDS10"]

    public static let pages: [CmsPage] = [
        CmsPage(identifier: "home", title: "Home Page", pageLayout: "1column", contentHeading: "Home Page",
                content: "<p>Welcome to the Magpie demo store.</p>", active: true, storeId: [0]),
        CmsPage(identifier: "no-route", title: "404 Not Found", pageLayout: "2columns-right", contentHeading: "Whoops, our bad...",
                content: "<p>The page you requested was not found.</p>", active: true, storeId: [0]),
        CmsPage(identifier: "about-us", title: "About us", pageLayout: "1column", contentHeading: "About us",
                content: "<p>Magpie speaks Magento's REST API.</p>", active: true, storeId: [0]),
    ]

    public static let footerBlock = CmsBlock(
        identifier: "footer_links", title: "Footer Links",
        content: #"<ul class="footer links"><li><a href="/about-us">About us</a></li></ul>"#, active: true, storeId: [0]
    )
}
