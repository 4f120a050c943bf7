import CommerceDomain
import Foundation
import MagentoWire
import Testing

@Suite("Promotion engine")
struct PromotionEngineTests {
    typealias F = PromotionFixtures
    let standard = PromotionEngine(rules: [F.tenPercentOver100, F.save10, F.freeShippingOver75], coupons: [F.save10Coupon])

    @Test("10% over $100 takes 6.00 off the tees and 5.00 off the mug, and shipping is free over $75")
    func percentOverThreshold() {
        let result = standard.apply(to: F.cart())
        #expect(result.itemDiscounts == [1: 6, 2: 5])
        #expect(result.freeShipping)
        #expect(result.appliedRuleIds == [1, 3])
    }

    @Test("under the threshold only free shipping applies")
    func underThreshold() {
        let cart = CartSnapshot(items: [CartLine(itemId: 1, sku: "TEE", qty: 2, price: 40)], customerGroupId: 1, date: "2026-12-01")
        let result = standard.apply(to: cart)
        #expect(result.itemDiscounts.isEmpty)
        #expect(result.freeShipping)
        #expect(result.appliedRuleIds == [3])
    }

    @Test("a coupon rule needs its code, in any case; the percent then takes 10% of what is left")
    func couponRule() {
        #expect(standard.apply(to: F.cart(coupon: "NOPE")).appliedRuleIds == [1, 3])
        let result = standard.apply(to: F.cart(coupon: "save10"))
        // SAVE10 (sort 0): 10 × 2 tees = 20, 10 × 1 mug = 10. Then 10% of 40 = 4 and of 40 = 4.
        #expect(result.itemDiscounts == [1: 24, 2: 14])
        #expect(result.appliedRuleIds == [2, 1, 3])
        #expect(result.totalDiscount == 38)
    }

    @Test("stop further rules keeps later rules off the lines the stopping rule applied to")
    func stopRules() {
        var first = F.save10
        first.stopRulesProcessing = true
        first.actionCondition = F.items("sku", "==", "TEE")
        let result = PromotionEngine(rules: [first, F.tenPercentOver100], coupons: [F.save10Coupon]).apply(to: F.cart(coupon: "SAVE10"))
        #expect(result.itemDiscounts == [1: 20, 2: 5])
        #expect(result.appliedRuleIds == [2, 1])
    }

    @Test("cart_fixed shares 25.00 by line total and the last line takes the remainder")
    func cartFixed() {
        let result = PromotionEngine(rules: [F.rule(4, "cart_fixed", 25)]).apply(to: F.cart())
        // 25 × 60 / 110 = 13.636… → 13.64; the mug gets 25 − 13.64 = 11.36.
        #expect(result.itemDiscounts == [1: Decimal(string: "13.64")!, 2: Decimal(string: "11.36")!])
    }

    @Test("buy 2 get 1: seven units at 10 give two free, five give one", arguments: [(7, 20), (5, 10), (6, 20), (2, 0)])
    func buyXGetY(qty: Int, discount: Int) {
        var rule = F.rule(5, "buy_x_get_y", 1)
        rule.discountStep = 2
        let cart = CartSnapshot(items: [CartLine(itemId: 1, sku: "SOCK", qty: Decimal(qty), price: 10)], customerGroupId: 1, date: "2026-12-01")
        #expect(PromotionEngine(rules: [rule]).apply(to: cart).itemDiscounts[1, default: 0] == Decimal(discount))
    }

    @Test("the action condition picks lines by category; a Found condition gates the cart by SKU")
    func conditions() {
        let byCategory = F.rule(6, "by_percent", 20, actions: F.items("category_ids", "()", "5, 6"))
        #expect(PromotionEngine(rules: [byCategory]).apply(to: F.cart()).itemDiscounts == [1: 12])
        let ifMugFound = SalesRuleCondition(conditionType: F.combine, conditions: [
            SalesRuleCondition(conditionType: F.found, conditions: [
                SalesRuleCondition(conditionType: F.product, operator: "==", attributeName: "sku", value: "MUG"),
            ], aggregatorType: "all", value: "1"),
        ], aggregatorType: "all", value: "1")
        let gated = F.rule(7, "by_fixed", 1, condition: ifMugFound)
        #expect(PromotionEngine(rules: [gated]).apply(to: F.cart()).itemDiscounts == [1: 2, 2: 1])
        let cartWithoutMug = CartSnapshot(items: [F.cart().items[0]], customerGroupId: 1, date: "2026-12-01")
        #expect(PromotionEngine(rules: [gated]).apply(to: cartWithoutMug).appliedRuleIds.isEmpty)
    }

    @Test("a fixed discount never takes a line below zero")
    func fixedCapped() {
        let result = PromotionEngine(rules: [F.rule(8, "by_fixed", 45), F.rule(9, "by_fixed", 45)]).apply(to: F.cart())
        #expect(result.itemDiscounts == [1: 60, 2: 50])
    }

    @Test("group, dates, activity and usage limits keep a rule out")
    func eligibility() {
        var rule = F.rule(10, "by_percent", 50, coupon: "SPECIFIC_COUPON")
        rule.fromDate = "2026-11-01"
        rule.toDate = "2026-11-30"
        let coupon = Coupon(couponId: 2, ruleId: 10, code: "HALF", usageLimit: 1, usagePerCustomer: 0, timesUsed: 0)
        let engine = PromotionEngine(rules: [rule], coupons: [coupon])
        #expect(engine.apply(to: F.cart(coupon: "HALF", date: "2026-11-30")).appliedRuleIds == [10])
        #expect(engine.apply(to: F.cart(coupon: "HALF", date: "2026-12-01")).appliedRuleIds.isEmpty)
        #expect(engine.apply(to: F.cart(coupon: "HALF", group: 2, date: "2026-11-30")).appliedRuleIds.isEmpty)
        var used = coupon
        used.timesUsed = 1
        #expect(PromotionEngine(rules: [rule], coupons: [used]).apply(to: F.cart(coupon: "HALF", date: "2026-11-30")).appliedRuleIds.isEmpty)
        var perCustomer = rule
        perCustomer.usesPerCustomer = 1
        var cart = F.cart(coupon: "HALF", date: "2026-11-30")
        cart.customerRuleUses = [10: 1]
        #expect(PromotionEngine(rules: [perCustomer], coupons: [coupon]).apply(to: cart).appliedRuleIds.isEmpty)
        var inactive = rule
        inactive.isActive = false
        #expect(PromotionEngine(rules: [inactive], coupons: [coupon]).apply(to: F.cart(coupon: "HALF", date: "2026-11-30")).appliedRuleIds.isEmpty)
    }
}
