import MagentoWire

/// Cart price rules and their coupons (Magento's SalesRule module).
public protocol SalesRuleRepository: Sendable {
    func searchRules(_ criteria: SearchCriteria) async throws -> SearchPage<SalesRule>
    /// Throws `No such entity.` when missing.
    func rule(id: Int) async throws -> SalesRule
    /// Creates (no id) or replaces a rule; returns it as stored.
    func saveRule(_ rule: SalesRule) async throws -> SalesRule
    /// Deletes the rule and its coupons.
    func deleteRule(id: Int) async throws

    func searchCoupons(_ criteria: SearchCriteria) async throws -> SearchPage<Coupon>
    func coupon(id: Int) async throws -> Coupon
    /// Creates or updates a coupon; limits and expiry come from its rule.
    func saveCoupon(_ coupon: Coupon) async throws -> Coupon
    func deleteCoupon(id: Int) async throws
    /// Generates and stores codes for an auto-generation rule; returns them.
    func generateCoupons(_ spec: CouponGenerationSpec) async throws -> [String]
    func deleteCoupons(ids: [Int]) async throws -> CouponMassDeleteResult
    func deleteCoupons(codes: [String]) async throws -> CouponMassDeleteResult

    /// Every rule and coupon, for pricing a cart.
    func engine() async throws -> PromotionEngine
}
