import CommerceDomain
import MagentoWire
import SQLKit

extension SQLSalesRuleRepository {
    public func generateCoupons(_ spec: CouponGenerationSpec) async throws -> [String] {
        try CouponCodeGenerator.validate(spec)
        let now = timestamp()
        return try await provider.transaction { db in
            let ruleId = spec.ruleId ?? 0
            guard let rule = try? await Self.rule(id: ruleId, on: db) else {
                throw SalesRuleRules.generationFailed("No such entity with rule_id = \(ruleId)")
            }
            guard rule.useAutoGeneration == true || rule.couponType == SalesRuleRules.autoCoupon else {
                throw SalesRuleRules.generationFailed("Specified rule does not allow automatic coupon generation")
            }
            let taken = Set(try await db.raw("SELECT UPPER(code) AS code FROM salesrule_coupon").all()
                .map { try $0.decode(column: "code", as: String.self) })
            var random = SystemRandomNumberGenerator()
            let codes = CouponCodeGenerator().codes(for: spec, taken: taken, using: &random)
            for code in codes {
                let id = try await Self.write(Coupon(code: code, type: 1), rule: rule, createdAt: now, on: db)
                let saved = try MagentoEncoder().encode(try await Self.coupon(id: id, on: db)).jsonString
                try await Self.record("coupon.saved", "coupon", id, payload: saved, on: db, at: now)
            }
            return codes
        }
    }

    public func deleteCoupons(ids: [Int]) async throws -> CouponMassDeleteResult {
        try await deleteCoupons(keys: ids.map(String.init), column: "coupon_id")
    }

    public func deleteCoupons(codes: [String]) async throws -> CouponMassDeleteResult {
        try await deleteCoupons(keys: codes, column: "code")
    }

    /// Deletes what exists and lists what does not, in one transaction.
    private func deleteCoupons(keys: [String], column: String) async throws -> CouponMassDeleteResult {
        let now = timestamp()
        return try await provider.transaction { db in
            var missing: [String] = []
            for key in keys {
                let match: any SQLExpression = column == "code"
                    ? SQLQueryString("UPPER(code) = UPPER(\(bind: key))")
                    : SQLQueryString("coupon_id = \(bind: Int(key) ?? 0)")
                guard let row = try await db.raw("SELECT * FROM salesrule_coupon WHERE \(match)").first() else {
                    missing.append(key)
                    continue
                }
                let coupon = try Self.coupon(from: row)
                try await db.raw("DELETE FROM salesrule_coupon WHERE coupon_id = \(bind: coupon.couponId ?? 0)").run()
                try await Self.record(
                    "coupon.deleted", "coupon", coupon.couponId ?? 0, payload: try MagentoEncoder().encode(coupon).jsonString, on: db, at: now
                )
            }
            return CouponMassDeleteResult(failedItems: [], missingItems: missing)
        }
    }
}
