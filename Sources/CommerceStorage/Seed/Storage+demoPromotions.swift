import CommerceDomain
import MagentoWire
import SQLKit

extension Storage {
    /// Seeds the demo tax rates and rule, cart price rules, coupons and CMS content, through the
    /// repositories so each write has its event. Does nothing when any tax rate exists, so a
    /// second call writes nothing.
    public func seedDemoPromotions() async throws {
        guard try await tax.searchRates(SearchCriteria(pageSize: 1)).totalCount == 0 else { return }
        var rateIds: [Int] = []
        for rate in DemoPromotions.taxRates {
            rateIds.append(try await tax.saveRate(rate).id ?? 0)
        }
        _ = try await tax.saveRule(DemoPromotions.taxRule(rateIds: rateIds))
        var ruleIds: [Int] = []
        for rule in DemoPromotions.salesRules {
            ruleIds.append(try await salesRules.saveRule(rule).ruleId ?? 0)
        }
        for code in DemoPromotions.couponCodes {
            _ = try await salesRules.saveCoupon(Coupon(ruleId: ruleIds[1], code: code, isPrimary: code == "SAVE10", type: 0))
        }
        for page in DemoPromotions.pages {
            _ = try await cms.savePage(page)
        }
        _ = try await cms.saveBlock(DemoPromotions.footerBlock)
    }
}
