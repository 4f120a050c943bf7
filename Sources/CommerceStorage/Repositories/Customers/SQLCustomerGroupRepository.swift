import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Customer groups in `customer_group`; 0–3 are seeded by the migration.
public struct SQLCustomerGroupRepository: CustomerGroupRepository {
    let provider: any DatabaseProvider
    let clock: any CommerceClock

    public init(provider: any DatabaseProvider, clock: any CommerceClock) {
        self.provider = provider
        self.clock = clock
    }

    static let table = SearchableTable(
        table: "customer_group", primaryKey: "customer_group_id",
        fields: [
            "id": .init(column: "customer_group_id", kind: .integer),
            "customer_group_id": .init(column: "customer_group_id", kind: .integer),
            "code": .init(column: "customer_group_code", kind: .text),
            "customer_group_code": .init(column: "customer_group_code", kind: .text),
            "tax_class_id": .init(column: "tax_class_id", kind: .integer),
        ]
    )

    public func group(id: Int) async throws -> CustomerGroup {
        try await provider.read { db in try await Self.group(id: id, on: db) }
    }

    public func searchGroups(_ criteria: SearchCriteria) async throws -> SearchPage<CustomerGroup> {
        try await provider.read { db in
            let page = try await SearchQuery(criteria, table: Self.table).run(on: db)
            return SearchPage(items: try page.items.map(Self.group(from:)), totalCount: page.totalCount)
        }
    }

    public func saveGroup(_ input: CustomerGroup) async throws -> CustomerGroup {
        try CustomerGroups.validate(input)
        let code = (input.code ?? "").trimmingCharacters(in: .whitespaces)
        let taxClassId = input.taxClassId ?? CustomerGroups.retailTaxClassId
        let now = MagentoTimestamp.string(from: clock.now())
        return try await provider.transaction { db in
            let owner = try await db.raw("SELECT customer_group_id FROM customer_group WHERE customer_group_code = \(bind: code)").first()?
                .decode(column: "customer_group_id", as: Int.self)
            if let owner, owner != input.id {
                throw CommerceError.invalidInput(message: "Customer Group already exists.")
            }
            let id: Int
            if let existing = input.id {
                _ = try await Self.group(id: existing, on: db)
                try await db.raw("""
                    UPDATE customer_group SET customer_group_code = \(bind: code), tax_class_id = \(bind: taxClassId)
                    WHERE customer_group_id = \(bind: existing)
                    """).run()
                id = existing
            } else {
                let row = try await db.raw("""
                    INSERT INTO customer_group (customer_group_code, tax_class_id) VALUES (\(bind: code), \(bind: taxClassId))
                    RETURNING customer_group_id
                    """).first()
                id = try row?.decode(column: "customer_group_id", as: Int.self) ?? 0
            }
            try await Self.event(input.id == nil ? "customer_group.created" : "customer_group.updated", id: id, on: db, at: now)
            return try await Self.group(id: id, on: db)
        }
    }

    public func deleteGroup(id: Int) async throws {
        let now = MagentoTimestamp.string(from: clock.now())
        try await provider.transaction { db in
            let group = try await Self.group(id: id, on: db)
            if CustomerGroups.isProtected(id, defaultGroupId: try await Self.defaultGroupId(on: db)) {
                throw CommerceError.invalidState(message: "You can't delete group \"%1\".", parameters: [group.code ?? ""])
            }
            // Magento moves the group's customers to the default group rather than refusing.
            try await db.raw("UPDATE customer_entity SET group_id = \(bind: try await Self.defaultGroupId(on: db)) WHERE group_id = \(bind: id)").run()
            try await db.raw("DELETE FROM customer_group WHERE customer_group_id = \(bind: id)").run()
            try await Self.event("customer_group.deleted", id: id, on: db, at: now)
        }
    }

    public func defaultGroupId() async throws -> Int {
        try await provider.read { db in try await Self.defaultGroupId(on: db) }
    }

    public func setDefaultGroup(id: Int) async throws {
        try await provider.transaction { db in
            try await Self.requireGroup(id: id, on: db)
            try await db.raw("""
                INSERT INTO core_config_data (scope, scope_id, path, value)
                VALUES ('default', 0, \(bind: CustomerGroups.defaultGroupPath), \(bind: String(id)))
                ON CONFLICT (scope, scope_id, path) DO UPDATE SET value = excluded.value
                """).run()
        }
    }

    /// Read from the database on each use, not cached: every node sees a change at once.
    static func defaultGroupId(on db: any SQLDatabase) async throws -> Int {
        let value = try await db.raw("""
            SELECT value FROM core_config_data
            WHERE scope = 'default' AND scope_id = 0 AND path = \(bind: CustomerGroups.defaultGroupPath)
            """).first()?.decode(column: "value", as: String?.self)
        return value.flatMap { Int($0) } ?? CustomerGroups.defaultId
    }

    static func requireGroup(id: Int, on db: any SQLDatabase) async throws {
        _ = try await group(id: id, on: db)
    }

    static func group(id: Int, on db: any SQLDatabase) async throws -> CustomerGroup {
        guard let row = try await db.raw("SELECT * FROM customer_group WHERE customer_group_id = \(bind: id)").first() else {
            throw CommerceError.noSuchEntity(field: "id", value: String(id))
        }
        return try group(from: row)
    }

    static func group(from row: any SQLRow) throws -> CustomerGroup {
        let taxClassId = try row.decode(column: "tax_class_id", as: Int.self)
        return CustomerGroup(
            id: try row.decode(column: "customer_group_id", as: Int.self),
            code: try row.decode(column: "customer_group_code", as: String.self),
            taxClassId: taxClassId, taxClassName: CustomerGroups.taxClassName(taxClassId)
        )
    }

    static func event(_ type: String, id: Int, on db: any SQLDatabase, at now: String) async throws {
        try await Outbox.append(
            DomainEvent(type: type, entityType: "customer_group", entityId: String(id), payload: "{\"id\":\(id)}"), on: db, at: now
        )
    }
}
