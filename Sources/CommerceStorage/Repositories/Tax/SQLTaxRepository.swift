import CommerceDomain
import MagentoWire
import SQLKit

/// Tax classes, rates and rules. Validation is the domain's (`TaxClassRules`, `TaxRateRules`,
/// `TaxRuleRules`); this type checks what needs the database (uniqueness, existence, use by a
/// rule) and writes each change with its outbox event in one transaction.
public struct SQLTaxRepository: TaxRepository {
    let provider: any DatabaseProvider
    let clock: any CommerceClock

    public init(provider: any DatabaseProvider, clock: any CommerceClock) {
        self.provider = provider
        self.clock = clock
    }

    static let classes = SearchableTable(
        table: "tax_class", primaryKey: "class_id",
        fields: [
            "class_id": .init(column: "class_id", kind: .integer),
            "class_name": .init(column: "class_name", kind: .text),
            "class_type": .init(column: "class_type", kind: .text),
        ]
    )

    public func searchClasses(_ criteria: SearchCriteria) async throws -> SearchPage<TaxClass> {
        try await provider.read { db in
            let page = try await SearchQuery(criteria, table: Self.classes).run(on: db)
            return SearchPage(items: try page.items.map(Self.taxClass(from:)), totalCount: page.totalCount)
        }
    }

    public func taxClass(id: Int) async throws -> TaxClass {
        try await provider.read { db in try await Self.taxClass(id: id, on: db) }
    }

    public func saveClass(_ taxClass: TaxClass) async throws -> Int {
        let now = timestamp()
        return try await provider.transaction { db in
            if let id = taxClass.classId {
                try TaxClassRules.checkTypeUnchanged(stored: try await Self.taxClass(id: id, on: db), update: taxClass)
            }
            try TaxClassRules.validate(taxClass)
            let name = taxClass.className ?? "", type = taxClass.classType ?? ""
            let clash = try await db.raw("""
                SELECT class_id FROM tax_class WHERE class_type = \(bind: type) AND class_name = \(bind: name)
                    AND class_id <> \(bind: taxClass.classId ?? 0)
                """).first()
            if clash != nil { throw TaxClassRules.duplicateName(type: type) }
            let id: Int
            if let existing = taxClass.classId {
                try await db.raw("UPDATE tax_class SET class_name = \(bind: name) WHERE class_id = \(bind: existing)").run()
                id = existing
            } else {
                let row = try await db.raw("""
                    INSERT INTO tax_class (class_name, class_type) VALUES (\(bind: name), \(bind: type)) RETURNING class_id
                    """).first()
                id = try row?.decode(column: "class_id", as: Int.self) ?? 0
            }
            let saved = TaxClass(classId: id, className: name, classType: type)
            try await Self.record("tax_class.saved", "tax_class", id, saved, on: db, at: now)
            return id
        }
    }

    public func deleteClass(id: Int) async throws {
        let now = timestamp()
        try await provider.transaction { db in
            let stored = try await Self.taxClass(id: id, on: db)
            if try await db.raw("SELECT rule_id FROM tax_rule_class WHERE class_id = \(bind: id)").first() != nil {
                throw TaxClassRules.usedByRules
            }
            try await db.raw("DELETE FROM tax_class WHERE class_id = \(bind: id)").run()
            try await Self.record("tax_class.deleted", "tax_class", id, stored, on: db, at: now)
        }
    }

    static func taxClass(id: Int, on db: any SQLDatabase) async throws -> TaxClass {
        guard let row = try await db.raw("SELECT * FROM tax_class WHERE class_id = \(bind: id)").first() else {
            throw TaxClassRules.noSuchClass(id)
        }
        return try taxClass(from: row)
    }

    static func taxClass(from row: any SQLRow) throws -> TaxClass {
        TaxClass(
            classId: try row.decode(column: "class_id", as: Int.self),
            className: try row.decode(column: "class_name", as: String.self),
            classType: try row.decode(column: "class_type", as: String.self)
        )
    }

    func timestamp() -> String {
        MagentoTimestamp.string(from: clock.now())
    }

    /// Appends the outbox event for a tax entity, with the entity as its payload.
    static func record(
        _ type: String, _ entity: String, _ id: Int, _ body: some Encodable, on db: any SQLDatabase, at now: String
    ) async throws {
        let payload = try MagentoEncoder().encode(body).jsonString
        try await Outbox.append(DomainEvent(type: type, entityType: entity, entityId: String(id), payload: payload), on: db, at: now)
    }
}
