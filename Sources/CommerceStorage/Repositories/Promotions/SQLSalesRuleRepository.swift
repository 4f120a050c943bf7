import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Cart price rules and their coupons. Validation is the domain's (`SalesRuleRules`); each write
/// goes with its outbox event in one transaction.
public struct SQLSalesRuleRepository: SalesRuleRepository {
    let provider: any DatabaseProvider
    let clock: any CommerceClock

    public init(provider: any DatabaseProvider, clock: any CommerceClock) {
        self.provider = provider
        self.clock = clock
    }

    static let rules = SearchableTable(
        table: "salesrule", primaryKey: "rule_id",
        fields: [
            "rule_id": .init(column: "rule_id", kind: .integer),
            "name": .init(column: "name", kind: .text),
            "is_active": .init(column: "is_active", kind: .boolean),
            "sort_order": .init(column: "sort_order", kind: .integer),
            "coupon_type": .init(column: "coupon_type", kind: .text),
            "simple_action": .init(column: "simple_action", kind: .text),
            "discount_amount": .init(column: "discount_amount", kind: .decimal),
            "from_date": .init(column: "from_date", kind: .text),
            "to_date": .init(column: "to_date", kind: .text),
            "uses_per_customer": .init(column: "uses_per_customer", kind: .integer),
            "uses_per_coupon": .init(column: "uses_per_coupon", kind: .integer),
            "times_used": .init(column: "times_used", kind: .integer),
        ]
    )

    public func searchRules(_ criteria: SearchCriteria) async throws -> SearchPage<SalesRule> {
        try await provider.read { db in
            let page = try await SearchQuery(criteria, table: Self.rules, columns: ["document"]).run(on: db)
            return SearchPage(items: try page.items.map(Self.rule(from:)), totalCount: page.totalCount)
        }
    }

    public func rule(id: Int) async throws -> SalesRule {
        try await provider.read { db in try await Self.rule(id: id, on: db) }
    }

    public func saveRule(_ rule: SalesRule) async throws -> SalesRule {
        let engine = provider.engine
        let now = timestamp()
        return try await provider.transaction { db in
            var stored: SalesRule
            if let id = rule.ruleId {
                let existing = try await Self.rule(id: id, on: db)
                stored = try PartialUpdate.overlay(rule, on: existing)
                stored.timesUsed = existing.timesUsed   // counted by orders, not clients
                try SalesRuleRules.validate(stored)
            } else {
                try SalesRuleRules.validate(rule)
                stored = SalesRuleRules.normalized(rule)
                let row = try await db.raw("""
                    INSERT INTO salesrule (name, is_active, sort_order, coupon_type, simple_action, discount_amount,
                        uses_per_customer, uses_per_coupon, document)
                    VALUES ('', 0, 0, '', '', 0, 0, 0, '{}') RETURNING rule_id
                    """).first()
                stored.ruleId = try row?.decode(column: "rule_id", as: Int.self)
            }
            let document = try MagentoEncoder().encode(stored).jsonString
            try await db.raw("""
                UPDATE salesrule SET name = \(bind: stored.name ?? ""), is_active = \(bind: stored.isActive == true ? 1 : 0),
                    sort_order = \(bind: stored.sortOrder ?? 0), coupon_type = \(bind: stored.couponType ?? ""),
                    simple_action = \(bind: stored.simpleAction ?? ""),
                    discount_amount = \(SQLBind(try ExactDecimal.storable(stored.discountAmount ?? 0, engine: engine, field: "discount_amount"))),
                    from_date = \(bind: stored.fromDate), to_date = \(bind: stored.toDate),
                    uses_per_customer = \(bind: stored.usesPerCustomer ?? 0), uses_per_coupon = \(bind: stored.usesPerCoupon ?? 0),
                    times_used = \(bind: stored.timesUsed ?? 0), document = \(bind: document)
                WHERE rule_id = \(bind: stored.ruleId ?? 0)
                """).run()
            // Coupons carry the rule's limits and end date, as Magento copies them on save.
            try await db.raw("""
                UPDATE salesrule_coupon SET usage_limit = \(bind: stored.usesPerCoupon ?? 0),
                    usage_per_customer = \(bind: stored.usesPerCustomer ?? 0), expiration_date = \(bind: stored.toDate)
                WHERE rule_id = \(bind: stored.ruleId ?? 0)
                """).run()
            try await Self.record("sales_rule.saved", "sales_rule", stored.ruleId ?? 0, payload: document, on: db, at: now)
            return stored
        }
    }

    public func deleteRule(id: Int) async throws {
        let now = timestamp()
        try await provider.transaction { db in
            let stored = try await Self.rule(id: id, on: db)
            try await db.raw("DELETE FROM salesrule WHERE rule_id = \(bind: id)").run()
            try await Self.record("sales_rule.deleted", "sales_rule", id, payload: try MagentoEncoder().encode(stored).jsonString, on: db, at: now)
        }
    }

    public func engine() async throws -> PromotionEngine {
        try await provider.read { db in try await Self.engine(on: db) }
    }

    /// The engine over every rule and coupon, read inside the caller's transaction.
    static func engine(on db: any SQLDatabase) async throws -> PromotionEngine {
        let rules = try await db.raw("SELECT document FROM salesrule ORDER BY sort_order, rule_id").all().map(Self.rule(from:))
        let coupons = try await db.raw("SELECT * FROM salesrule_coupon ORDER BY coupon_id").all().map(Self.coupon(from:))
        return PromotionEngine(rules: rules, coupons: coupons)
    }

    static func rule(id: Int, on db: any SQLDatabase) async throws -> SalesRule {
        guard let row = try await db.raw("SELECT document FROM salesrule WHERE rule_id = \(bind: id)").first() else {
            throw SalesRuleRules.noSuchEntity
        }
        return try rule(from: row)
    }

    static func rule(from row: any SQLRow) throws -> SalesRule {
        try MagentoDecoder().decode(SalesRule.self, from: try JSONValue.parse(try row.decode(column: "document", as: String.self)))
    }

    func timestamp() -> String {
        MagentoTimestamp.string(from: clock.now())
    }

    static func record(_ type: String, _ entity: String, _ id: Int, payload: String, on db: any SQLDatabase, at now: String) async throws {
        try await Outbox.append(DomainEvent(type: type, entityType: entity, entityId: String(id), payload: payload), on: db, at: now)
    }
}
