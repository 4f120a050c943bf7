import Foundation

import MagentoWire

/// What a cart price rule and its coupons must satisfy before they are saved, and the errors
/// Magento's SalesRule repositories raise.
public enum SalesRuleRules {
    public static let noCoupon = "NO_COUPON"
    public static let specificCoupon = "SPECIFIC_COUPON"
    public static let autoCoupon = "AUTO"
    static let actions: Set<String> = ["by_percent", "by_fixed", "cart_fixed", "buy_x_get_y"]
    static let couponTypes: Set<String> = [noCoupon, specificCoupon, autoCoupon]

    public static func validate(_ rule: SalesRule) throws {
        var errors: [CommerceError] = []
        if (rule.name ?? "").trimmingWhitespace.isEmpty { errors.append(RepositoryInputErrors.required("name")) }
        if (rule.websiteIds ?? []).isEmpty { errors.append(RepositoryInputErrors.required("website_ids")) }
        if (rule.customerGroupIds ?? []).isEmpty { errors.append(RepositoryInputErrors.required("customer_group_ids")) }
        if let action = rule.simpleAction, !actions.contains(action) {
            errors.append(RepositoryInputErrors.invalidValue("simple_action", action))
        }
        if let type = rule.couponType, !couponTypes.contains(type) {
            errors.append(RepositoryInputErrors.invalidValue("coupon_type", type))
        }
        if let amount = rule.discountAmount, amount < 0 {
            errors.append(RepositoryInputErrors.invalidValue("discount_amount", "\(amount)"))
        }
        if let from = rule.fromDate, let to = rule.toDate, !from.isEmpty, !to.isEmpty, to.prefix(10) < from.prefix(10) {
            errors.append(.invalidInput(message: "End Date must follow Start Date."))
        }
        try RepositoryInputErrors.throwIfAny(errors)
    }

    /// The rule as stored: Magento's defaults for what the client left out.
    public static func normalized(_ rule: SalesRule) -> SalesRule {
        var stored = rule
        stored.storeLabels = rule.storeLabels ?? []
        stored.usesPerCustomer = rule.usesPerCustomer ?? 0
        stored.isActive = rule.isActive ?? false
        stored.stopRulesProcessing = rule.stopRulesProcessing ?? false
        stored.isAdvanced = rule.isAdvanced ?? true
        stored.sortOrder = rule.sortOrder ?? 0
        stored.simpleAction = rule.simpleAction ?? "by_percent"
        stored.discountAmount = rule.discountAmount ?? 0
        stored.discountStep = rule.discountStep ?? 0
        stored.applyToShipping = rule.applyToShipping ?? false
        stored.timesUsed = rule.timesUsed ?? 0
        stored.isRss = rule.isRss ?? true
        stored.couponType = rule.couponType ?? noCoupon
        stored.useAutoGeneration = rule.useAutoGeneration ?? (rule.couponType == autoCoupon)
        stored.usesPerCoupon = rule.usesPerCoupon ?? 0
        stored.simpleFreeShipping = rule.simpleFreeShipping ?? 0
        let emptyCombine = SalesRuleCondition(
            conditionType: "Magento\\SalesRule\\Model\\Rule\\Condition\\Combine", conditions: [], aggregatorType: "all", value: "1"
        )
        let emptyActions = SalesRuleCondition(
            conditionType: "Magento\\SalesRule\\Model\\Rule\\Condition\\Product\\Combine", conditions: [], aggregatorType: "all", value: "1"
        )
        stored.condition = rule.condition ?? emptyCombine
        stored.actionCondition = rule.actionCondition ?? emptyActions
        return stored
    }

    /// Magento's repositories throw a bare NoSuchEntityException for rules and coupons.
    public static let noSuchEntity = CommerceError.notFound(message: "No such entity.")

    /// Coupon save failures are wrapped, with the inner message rendered into the parameter.
    public static func couponSaveFailed(_ reason: String) -> CommerceError {
        .invalidInput(message: "Error occurred when saving coupon: %1", parameters: [reason])
    }

    public static func generationFailed(_ reason: String) -> CommerceError {
        .invalidInput(message: "Error occurred when generating coupons: %1", parameters: [reason])
    }

    public static let duplicateCoupon = CommerceError.alreadyExists(message: "%1 already exists.", parameters: ["Coupon with the same code"])

    /// Whether a coupon may be attached to the rule; the reason when not.
    public static func couponRefusal(rule: SalesRule, coupon: Coupon) -> String? {
        if (rule.couponType ?? noCoupon) == noCoupon { return "Specified rule does not allow coupons" }
        let generated = (coupon.type ?? 0) == 1
        if rule.useAutoGeneration == true, !generated { return "Specified rule only allows auto generated coupons" }
        if rule.useAutoGeneration != true, generated { return "Specified rule does not allow auto generated coupons" }
        return nil
    }
}
