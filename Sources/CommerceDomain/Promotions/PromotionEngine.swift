import Foundation
import MagentoWire

/// Applies cart price rules to a cart, with no I/O: what checkout calls to price a cart.
///
/// Rules run by `sort_order`, then id. A rule runs when it is eligible (`RuleEligibility`) and
/// its `condition` holds for the cart; it discounts the lines its `action_condition` matches,
/// never below zero, and may grant free shipping. As in Magento, `stop_rules_processing` works
/// per line: a line a stopping rule applied to takes no later rule.
public struct PromotionEngine: Sendable {
    public var rules: [SalesRule]
    public var coupons: [Coupon]

    public init(rules: [SalesRule], coupons: [Coupon] = []) {
        self.rules = rules
        self.coupons = coupons
    }

    public func apply(to cart: CartSnapshot) -> PromotionResult {
        let eligibility = RuleEligibility(coupons: coupons)
        var remaining = Dictionary(cart.items.map { ($0.itemId, $0.rowTotal) }) { a, b in a + b }
        var result = PromotionResult()
        var stopped: Set<Int> = []
        let ordered = rules.sorted { ($0.sortOrder ?? 0, $0.ruleId ?? 0) < ($1.sortOrder ?? 0, $1.ruleId ?? 0) }
        for rule in ordered {
            guard eligibility.allows(rule, cart), ConditionEvaluator.cartMatches(rule.condition, cart) else { continue }
            let lines = cart.items.filter {
                !stopped.contains($0.itemId) && ConditionEvaluator.itemMatches(rule.actionCondition, $0)
            }
            let discounts = DiscountActions.discounts(rule, lines: lines, remaining: remaining)
            for (itemId, discount) in discounts where discount > 0 {
                result.itemDiscounts[itemId, default: 0] += discount
                remaining[itemId, default: 0] -= discount
            }
            let shipping = rule.simpleFreeShipping ?? 0
            let grantsShipping = shipping == 2 || (shipping == 1 && !lines.isEmpty)
            if grantsShipping { result.freeShipping = true }
            guard !lines.isEmpty || grantsShipping else { continue }
            result.appliedRuleIds.append(rule.ruleId ?? 0)
            if rule.stopRulesProcessing ?? false { stopped.formUnion(lines.map(\.itemId)) }
        }
        return result
    }
}
