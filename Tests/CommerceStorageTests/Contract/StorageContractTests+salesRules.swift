import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    static let couponRule = SalesRule(
        name: "SAVE10", websiteIds: [1], customerGroupIds: [0, 1], toDate: "2026-12-31", isActive: true,
        simpleAction: "by_fixed", discountAmount: Decimal(string: "10.5"), couponType: "SPECIFIC_COUPON", usesPerCoupon: 3
    )

    @Test("A sales rule round-trips with its defaults, exact amount and condition tree", arguments: TestEngine.all)
    func salesRuleRoundTrip(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            var rule = Self.couponRule
            rule.condition = SalesRuleCondition(conditionType: "Magento\\SalesRule\\Model\\Rule\\Condition\\Combine", conditions: [
                SalesRuleCondition(conditionType: "Magento\\SalesRule\\Model\\Rule\\Condition\\Address", operator: ">=", attributeName: "base_subtotal", value: "100"),
            ], aggregatorType: "all", value: "1")
            let saved = try await storage.salesRules.saveRule(rule)
            #expect(saved.ruleId == 1)
            #expect(saved.discountAmount == Decimal(string: "10.5"))
            #expect(try await storage.salesRules.rule(id: 1) == saved)
            let found = try await storage.salesRules.searchRules(SearchCriteria(filterGroups: [
                FilterGroup(filters: [Filter(field: "discount_amount", value: "10.25", conditionType: "gt")]),
            ]))
            #expect(found.items == [saved])
            try await storage.salesRules.deleteRule(id: 1)
            await #expect(throws: SalesRuleRules.noSuchEntity) { _ = try await storage.salesRules.rule(id: 1) }
        }
    }

    @Test("Coupons take the rule's limits, are unique in any case, and go with their rule", arguments: TestEngine.all)
    func couponsFollowTheirRule(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let rule = try await storage.salesRules.saveRule(Self.couponRule)
            let coupon = try await storage.salesRules.saveCoupon(Coupon(ruleId: rule.ruleId, code: "Save10"))
            #expect(coupon.usageLimit == 3)
            #expect(coupon.expirationDate == "2026-12-31")
            await #expect(throws: SalesRuleRules.duplicateCoupon) {
                _ = try await storage.salesRules.saveCoupon(Coupon(ruleId: rule.ruleId, code: "SAVE10"))
            }
            let result = try await storage.salesRules.deleteCoupons(codes: ["save10", "GONE"])
            #expect(result == CouponMassDeleteResult(failedItems: [], missingItems: ["GONE"]))
            _ = try await storage.salesRules.saveCoupon(Coupon(ruleId: rule.ruleId, code: "AGAIN"))
            try await storage.salesRules.deleteRule(id: rule.ruleId ?? 0)
            #expect(try await storage.salesRules.searchCoupons(SearchCriteria()).totalCount == 0)
        }
    }

    @Test("Generated codes are stored as type 1 and the engine prices a cart with them", arguments: TestEngine.all)
    func generatedCouponsPriceACart(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            var auto = Self.couponRule
            auto.couponType = "AUTO"
            let rule = try await storage.salesRules.saveRule(auto)
            let codes = try await storage.salesRules.generateCoupons(CouponGenerationSpec(ruleId: rule.ruleId, format: "alpha", quantity: 2, length: 6))
            #expect(codes.count == 2)
            let page = try await storage.salesRules.searchCoupons(SearchCriteria(filterGroups: [FilterGroup(filters: [Filter(field: "type", value: "1")])]))
            #expect(Set(page.items.compactMap(\.code)) == Set(codes))
            let cart = CartSnapshot(items: [CartLine(itemId: 1, sku: "TEE", qty: 2, price: 30)], customerGroupId: 1, date: "2026-06-01", couponCode: codes[0])
            #expect(try await storage.salesRules.engine().apply(to: cart).itemDiscounts == [1: 21])
        }
    }
}
