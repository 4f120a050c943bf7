import CommerceDomain
import MagentoWire
import SQLKit

extension SQLTaxRepository {
    static let rules = SearchableTable(
        table: "tax_rule", primaryKey: "id",
        fields: [
            "id": .init(column: "id", kind: .integer),
            "tax_calculation_rule_id": .init(column: "id", kind: .integer),
            "code": .init(column: "code", kind: .text),
            "priority": .init(column: "priority", kind: .integer),
            "position": .init(column: "position", kind: .integer),
            "calculate_subtotal": .init(column: "calculate_subtotal", kind: .boolean),
        ]
    )

    public func searchRules(_ criteria: SearchCriteria) async throws -> SearchPage<TaxRule> {
        try await provider.read { db in
            let page = try await SearchQuery(criteria, table: Self.rules).run(on: db)
            var items: [TaxRule] = []
            for row in page.items { items.append(try await Self.rule(from: row, on: db)) }
            return SearchPage(items: items, totalCount: page.totalCount)
        }
    }

    public func rule(id: Int) async throws -> TaxRule {
        try await provider.read { db in try await Self.rule(id: id, on: db) }
    }

    public func saveRule(_ rule: TaxRule) async throws -> TaxRule {
        let now = timestamp()
        return try await provider.transaction { db in
            if let id = rule.id { _ = try await Self.rule(id: id, on: db) }
            let classes = try await db.raw("SELECT class_id, class_type FROM tax_class").all()
            func ids(ofType type: String) throws -> Set<Int> {
                Set(try classes.filter { try $0.decode(column: "class_type", as: String.self) == type }
                    .map { try $0.decode(column: "class_id", as: Int.self) })
            }
            let rateIds = Set(try await db.raw("SELECT id FROM tax_rate").all().map { try $0.decode(column: "id", as: Int.self) })
            try TaxRuleRules.validate(
                rule, customerClassIds: try ids(ofType: TaxClassRules.customerType),
                productClassIds: try ids(ofType: TaxClassRules.productType), rateIds: rateIds
            )
            let code = rule.code ?? ""
            if try await db.raw("SELECT id FROM tax_rule WHERE code = \(bind: code) AND id <> \(bind: rule.id ?? 0)").first() != nil {
                throw TaxRuleRules.duplicateCode
            }
            let subtotal = (rule.calculateSubtotal ?? false) ? 1 : 0
            let id: Int
            if let existing = rule.id {
                try await db.raw("""
                    UPDATE tax_rule SET code = \(bind: code), priority = \(bind: rule.priority ?? 0),
                        position = \(bind: rule.position ?? 0), calculate_subtotal = \(bind: subtotal)
                    WHERE id = \(bind: existing)
                    """).run()
                try await db.raw("DELETE FROM tax_rule_class WHERE rule_id = \(bind: existing)").run()
                try await db.raw("DELETE FROM tax_rule_rate WHERE rule_id = \(bind: existing)").run()
                id = existing
            } else {
                let row = try await db.raw("""
                    INSERT INTO tax_rule (code, priority, position, calculate_subtotal)
                    VALUES (\(bind: code), \(bind: rule.priority ?? 0), \(bind: rule.position ?? 0), \(bind: subtotal))
                    RETURNING id
                    """).first()
                id = try row?.decode(column: "id", as: Int.self) ?? 0
            }
            let classIds = Set((rule.customerTaxClassIds ?? []) + (rule.productTaxClassIds ?? []))
            for classId in classIds.sorted() {
                try await db.raw("INSERT INTO tax_rule_class (rule_id, class_id) VALUES (\(bind: id), \(bind: classId))").run()
            }
            for rateId in Set(rule.taxRateIds ?? []).sorted() {
                try await db.raw("INSERT INTO tax_rule_rate (rule_id, rate_id) VALUES (\(bind: id), \(bind: rateId))").run()
            }
            let saved = try await Self.rule(id: id, on: db)
            try await Self.record("tax_rule.saved", "tax_rule", id, saved, on: db, at: now)
            return saved
        }
    }

    public func deleteRule(id: Int) async throws {
        let now = timestamp()
        try await provider.transaction { db in
            let stored = try await Self.rule(id: id, on: db)
            try await db.raw("DELETE FROM tax_rule WHERE id = \(bind: id)").run()
            try await Self.record("tax_rule.deleted", "tax_rule", id, stored, on: db, at: now)
        }
    }

    public func calculator() async throws -> TaxCalculator {
        try await provider.read { db in try await Self.calculator(on: db) }
    }

    /// The calculator over every rule and rate, read inside the caller's transaction.
    static func calculator(on db: any SQLDatabase) async throws -> TaxCalculator {
        let engine = DatabaseEngine(dialectOf: db)
        var rules: [TaxRule] = []
        for row in try await db.raw("SELECT * FROM tax_rule ORDER BY id").all() {
            rules.append(try await Self.rule(from: row, on: db))
        }
        let rates = try await db.raw("SELECT * FROM tax_rate ORDER BY id").all().map { try Self.rate(from: $0, engine: engine) }
        return TaxCalculator(rules: rules, rates: rates)
    }

    static func rule(id: Int, on db: any SQLDatabase) async throws -> TaxRule {
        guard let row = try await db.raw("SELECT * FROM tax_rule WHERE id = \(bind: id)").first() else {
            throw TaxRuleRules.noSuchRule(id)
        }
        return try await rule(from: row, on: db)
    }

    /// A rule row with its class and rate links, ids ascending.
    static func rule(from row: any SQLRow, on db: any SQLDatabase) async throws -> TaxRule {
        let id = try row.decode(column: "id", as: Int.self)
        let classes = try await db.raw("""
            SELECT c.class_id, c.class_type FROM tax_rule_class l JOIN tax_class c ON c.class_id = l.class_id
            WHERE l.rule_id = \(bind: id) ORDER BY c.class_id
            """).all()
        func classIds(_ type: String) throws -> [Int] {
            try classes.filter { try $0.decode(column: "class_type", as: String.self) == type }
                .map { try $0.decode(column: "class_id", as: Int.self) }
        }
        let rates = try await db.raw("SELECT rate_id FROM tax_rule_rate WHERE rule_id = \(bind: id) ORDER BY rate_id").all()
        return TaxRule(
            id: id,
            code: try row.decode(column: "code", as: String.self),
            priority: try row.decode(column: "priority", as: Int.self),
            position: try row.decode(column: "position", as: Int.self),
            customerTaxClassIds: try classIds(TaxClassRules.customerType),
            productTaxClassIds: try classIds(TaxClassRules.productType),
            taxRateIds: try rates.map { try $0.decode(column: "rate_id", as: Int.self) },
            calculateSubtotal: try row.decode(column: "calculate_subtotal", as: Int.self) == 1
        )
    }
}
