import CommerceDomain
import Foundation
import MagentoWire

/// Rules and carts the promotion tests share; amounts are worked by hand in each test.
enum PromotionFixtures {
    static let combine = "Magento\\SalesRule\\Model\\Rule\\Condition\\Combine"
    static let address = "Magento\\SalesRule\\Model\\Rule\\Condition\\Address"
    static let product = "Magento\\SalesRule\\Model\\Rule\\Condition\\Product"
    static let found = "Magento\\SalesRule\\Model\\Rule\\Condition\\Product\\Found"
    static let productCombine = "Magento\\SalesRule\\Model\\Rule\\Condition\\Product\\Combine"

    static func subtotalAtLeast(_ amount: String) -> SalesRuleCondition {
        SalesRuleCondition(conditionType: combine, conditions: [
            SalesRuleCondition(conditionType: address, operator: ">=", attributeName: "base_subtotal", value: amount),
        ], aggregatorType: "all", value: "1")
    }

    static func items(_ attribute: String, _ op: String, _ value: String) -> SalesRuleCondition {
        SalesRuleCondition(conditionType: productCombine, conditions: [
            SalesRuleCondition(conditionType: product, operator: op, attributeName: attribute, value: value),
        ], aggregatorType: "all", value: "1")
    }

    static func rule(
        _ id: Int, _ action: String, _ amount: Decimal, sortOrder: Int = 0, condition: SalesRuleCondition? = nil,
        actions: SalesRuleCondition? = nil, coupon: String = "NO_COUPON", stop: Bool = false, freeShipping: Int = 0
    ) -> SalesRule {
        SalesRule(
            ruleId: id, name: "rule \(id)", websiteIds: [1], customerGroupIds: [0, 1], isActive: true,
            condition: condition, actionCondition: actions, stopRulesProcessing: stop, sortOrder: sortOrder,
            simpleAction: action, discountAmount: amount, couponType: coupon, simpleFreeShipping: freeShipping
        )
    }

    static let tenPercentOver100 = rule(1, "by_percent", 10, sortOrder: 1, condition: subtotalAtLeast("100"))
    static let save10 = rule(2, "by_fixed", 10, coupon: "SPECIFIC_COUPON")
    static let freeShippingOver75 = rule(3, "by_percent", 0, sortOrder: 2, condition: subtotalAtLeast("75"), freeShipping: 2)
    static let save10Coupon = Coupon(couponId: 1, ruleId: 2, code: "SAVE10", usageLimit: 0, usagePerCustomer: 0, timesUsed: 0)

    /// Two tees at 30 and one mug at 50: subtotal 110.
    static func cart(coupon: String? = nil, group: Int = 1, date: String = "2026-12-01") -> CartSnapshot {
        CartSnapshot(items: [
            CartLine(itemId: 1, sku: "TEE", categoryIds: [5, 7], qty: 2, price: 30),
            CartLine(itemId: 2, sku: "MUG", categoryIds: [9], qty: 1, price: 50),
        ], customerGroupId: group, websiteId: 1, date: date, couponCode: coupon)
    }
}
