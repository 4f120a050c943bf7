import MagentoWire

/// Whether a rule may run for a cart at all: active, website, customer group, dates, coupon and
/// usage limits. Conditions are checked separately.
struct RuleEligibility {
    var coupons: [Coupon]

    func allows(_ rule: SalesRule, _ cart: CartSnapshot) -> Bool {
        guard rule.isActive ?? true, let ruleId = rule.ruleId else { return false }
        guard (rule.websiteIds ?? []).contains(cart.websiteId) else { return false }
        guard (rule.customerGroupIds ?? []).contains(cart.customerGroupId) else { return false }
        if let from = rule.fromDate, !from.isEmpty, cart.date < String(from.prefix(10)) { return false }
        if let to = rule.toDate, !to.isEmpty, cart.date > String(to.prefix(10)) { return false }
        if let limit = rule.usesPerCustomer, limit > 0, cart.customerRuleUses[ruleId, default: 0] >= limit { return false }
        return couponAllows(rule, ruleId: ruleId, cart)
    }

    private func couponAllows(_ rule: SalesRule, ruleId: Int, _ cart: CartSnapshot) -> Bool {
        guard (rule.couponType ?? SalesRuleRules.noCoupon) != SalesRuleRules.noCoupon else { return true }
        guard let code = cart.couponCode?.uppercased(), !code.isEmpty,
              let coupon = coupons.first(where: { $0.ruleId == ruleId && $0.code?.uppercased() == code })
        else { return false }
        if let limit = coupon.usageLimit, limit > 0, (coupon.timesUsed ?? 0) >= limit { return false }
        if let limit = coupon.usagePerCustomer, limit > 0, cart.customerCouponUses[code, default: 0] >= limit { return false }
        if let expires = coupon.expirationDate, !expires.isEmpty, cart.date > String(expires.prefix(10)) { return false }
        return true
    }
}
