import CommerceDomain
import MagentoWire
import SQLKit

extension SQLSalesRuleRepository {
    static let coupons = SearchableTable(
        table: "salesrule_coupon", primaryKey: "coupon_id",
        fields: [
            "coupon_id": .init(column: "coupon_id", kind: .integer),
            "rule_id": .init(column: "rule_id", kind: .integer),
            "code": .init(column: "code", kind: .text),
            "usage_limit": .init(column: "usage_limit", kind: .integer),
            "usage_per_customer": .init(column: "usage_per_customer", kind: .integer),
            "times_used": .init(column: "times_used", kind: .integer),
            "expiration_date": .init(column: "expiration_date", kind: .text),
            "is_primary": .init(column: "is_primary", kind: .boolean),
            "created_at": .init(column: "created_at", kind: .timestamp),
            "type": .init(column: "type", kind: .integer),
        ]
    )

    public func searchCoupons(_ criteria: SearchCriteria) async throws -> SearchPage<Coupon> {
        try await provider.read { db in
            let page = try await SearchQuery(criteria, table: Self.coupons).run(on: db)
            return SearchPage(items: try page.items.map(Self.coupon(from:)), totalCount: page.totalCount)
        }
    }

    public func coupon(id: Int) async throws -> Coupon {
        try await provider.read { db in try await Self.coupon(id: id, on: db) }
    }

    public func saveCoupon(_ coupon: Coupon) async throws -> Coupon {
        let now = timestamp()
        return try await provider.transaction { db in
            var merged = coupon
            if let id = coupon.couponId {
                let existing = try await Self.coupon(id: id, on: db)
                merged.ruleId = coupon.ruleId ?? existing.ruleId
                merged.code = coupon.code ?? existing.code
                merged.type = coupon.type ?? existing.type
                merged.isPrimary = coupon.isPrimary ?? existing.isPrimary
                merged.timesUsed = existing.timesUsed
                merged.createdAt = existing.createdAt
            }
            let ruleId = merged.ruleId ?? 0
            guard let rule = try? await Self.rule(id: ruleId, on: db) else {
                throw SalesRuleRules.couponSaveFailed("No such entity with rule_id = \(ruleId)")
            }
            if let refusal = SalesRuleRules.couponRefusal(rule: rule, coupon: merged) {
                throw SalesRuleRules.couponSaveFailed(refusal)
            }
            let code = merged.code ?? ""
            if code.isEmpty { throw CommerceError.invalidInputNamed(message: "\"%fieldName\" is required. Enter and try again.", parameters: ["fieldName": "code"]) }
            try await Self.checkCodeFree(code, except: merged.couponId, on: db)
            let id = try await Self.write(
                merged, rule: rule, createdAt: merged.createdAt ?? now, on: db
            )
            let saved = try await Self.coupon(id: id, on: db)
            try await Self.record("coupon.saved", "coupon", id, payload: try MagentoEncoder().encode(saved).jsonString, on: db, at: now)
            return saved
        }
    }

    public func deleteCoupon(id: Int) async throws {
        let now = timestamp()
        try await provider.transaction { db in
            let stored = try await Self.coupon(id: id, on: db)
            try await db.raw("DELETE FROM salesrule_coupon WHERE coupon_id = \(bind: id)").run()
            try await Self.record("coupon.deleted", "coupon", id, payload: try MagentoEncoder().encode(stored).jsonString, on: db, at: now)
        }
    }

    /// Inserts or updates one coupon row with the rule's limits and end date; returns its id.
    static func write(_ coupon: Coupon, rule: SalesRule, createdAt: String, on db: any SQLDatabase) async throws -> Int {
        let primary = coupon.isPrimary == true ? 1 : 0
        if let id = coupon.couponId {
            try await db.raw("""
                UPDATE salesrule_coupon SET rule_id = \(bind: rule.ruleId ?? 0), code = \(bind: coupon.code ?? ""),
                    usage_limit = \(bind: rule.usesPerCoupon ?? 0), usage_per_customer = \(bind: rule.usesPerCustomer ?? 0),
                    expiration_date = \(bind: rule.toDate), is_primary = \(bind: primary), type = \(bind: coupon.type ?? 0)
                WHERE coupon_id = \(bind: id)
                """).run()
            return id
        }
        let row = try await db.raw("""
            INSERT INTO salesrule_coupon (rule_id, code, usage_limit, usage_per_customer, times_used, expiration_date,
                is_primary, created_at, type)
            VALUES (\(bind: rule.ruleId ?? 0), \(bind: coupon.code ?? ""), \(bind: rule.usesPerCoupon ?? 0),
                \(bind: rule.usesPerCustomer ?? 0), 0, \(bind: rule.toDate), \(bind: primary), \(bind: createdAt), \(bind: coupon.type ?? 0))
            RETURNING coupon_id
            """).first()
        return try row?.decode(column: "coupon_id", as: Int.self) ?? 0
    }

    static func checkCodeFree(_ code: String, except id: Int?, on db: any SQLDatabase) async throws {
        let clash = try await db.raw("""
            SELECT coupon_id FROM salesrule_coupon WHERE UPPER(code) = UPPER(\(bind: code)) AND coupon_id <> \(bind: id ?? 0)
            """).first()
        if clash != nil { throw SalesRuleRules.duplicateCoupon }
    }

    static func coupon(id: Int, on db: any SQLDatabase) async throws -> Coupon {
        guard let row = try await db.raw("SELECT * FROM salesrule_coupon WHERE coupon_id = \(bind: id)").first() else {
            throw SalesRuleRules.noSuchEntity
        }
        return try coupon(from: row)
    }

    static func coupon(from row: any SQLRow) throws -> Coupon {
        Coupon(
            couponId: try row.decode(column: "coupon_id", as: Int.self),
            ruleId: try row.decode(column: "rule_id", as: Int.self),
            code: try row.decode(column: "code", as: String.self),
            usageLimit: try row.decode(column: "usage_limit", as: Int.self),
            usagePerCustomer: try row.decode(column: "usage_per_customer", as: Int.self),
            timesUsed: try row.decode(column: "times_used", as: Int.self),
            expirationDate: try row.decode(column: "expiration_date", as: String?.self),
            isPrimary: try row.decode(column: "is_primary", as: Int.self) == 1,
            createdAt: try row.decode(column: "created_at", as: String.self),
            type: try row.decode(column: "type", as: Int.self)
        )
    }
}
