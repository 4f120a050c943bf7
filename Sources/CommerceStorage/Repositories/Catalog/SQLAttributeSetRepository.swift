import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Attribute sets, their groups and attribute assignments.
public struct SQLAttributeSetRepository: AttributeSetRepository {
    let provider: any DatabaseProvider
    let clock: any CommerceClock

    public init(provider: any DatabaseProvider, clock: any CommerceClock) {
        self.provider = provider
        self.clock = clock
    }

    static let sets = SearchableTable(
        table: "catalog_attribute_set", primaryKey: "attribute_set_id",
        fields: [
            "attribute_set_id": .init(column: "attribute_set_id", kind: .integer),
            "attribute_set_name": .init(column: "attribute_set_name", kind: .text),
            "sort_order": .init(column: "sort_order", kind: .integer),
            "entity_type_id": .init(column: "entity_type_id", kind: .integer),
        ]
    )

    static let groups = SearchableTable(
        table: "catalog_attribute_group", primaryKey: "attribute_group_id",
        fields: [
            "attribute_group_id": .init(column: "attribute_group_id", kind: .integer),
            "attribute_group_name": .init(column: "attribute_group_name", kind: .text),
            "attribute_set_id": .init(column: "attribute_set_id", kind: .integer),
        ]
    )

    public func searchSets(_ criteria: SearchCriteria) async throws -> SearchPage<AttributeSet> {
        try await provider.read { db in
            let page = try await SearchQuery(criteria, table: Self.sets).run(on: db)
            return SearchPage(items: try page.items.map(Self.set(from:)), totalCount: page.totalCount)
        }
    }

    public func attributeSet(id: Int) async throws -> AttributeSet {
        try await provider.read { db in try Self.set(from: try await Self.requireSet(id, on: db)) }
    }

    public func createSet(_ set: AttributeSet, skeletonId: Int) async throws -> AttributeSet {
        let now = MagentoTimestamp.string(from: clock.now())
        if set.attributeSetId != nil {
            throw CommerceError.invalidInput(message: "The attribute set couldn't be created because it's already assigned to an ID.")
        }
        let name = (set.attributeSetName ?? "").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            throw CommerceError.invalidInput(message: "The attribute set name is empty. Enter the name and try again.")
        }
        guard skeletonId > 0 else {
            throw CommerceError.invalidInput(message: "Invalid value of \"%1\" provided for the %2 field.", parameters: [String(skeletonId), "skeletonId"])
        }
        let id: Int = try await provider.transaction { db in
            _ = try await Self.requireSet(skeletonId, on: db)
            try await Self.requireUniqueName(name, except: nil, on: db)
            let row = try await db.raw("""
                INSERT INTO catalog_attribute_set (attribute_set_name, sort_order, entity_type_id)
                VALUES (\(bind: name), \(bind: set.sortOrder ?? 0), 4) RETURNING attribute_set_id
                """).first()
            let id = try row?.decode(column: "attribute_set_id", as: Int.self) ?? 0
            // Copy the skeleton's groups, then its assignments into the matching new groups.
            for group in try await db.raw("SELECT * FROM catalog_attribute_group WHERE attribute_set_id = \(bind: skeletonId) ORDER BY attribute_group_id").all() {
                let oldGroup = try group.decode(column: "attribute_group_id", as: Int.self)
                let inserted = try await db.raw("""
                    INSERT INTO catalog_attribute_group (attribute_set_id, attribute_group_name, attribute_group_code, sort_order)
                    VALUES (\(bind: id), \(bind: try group.decode(column: "attribute_group_name", as: String.self)),
                        \(bind: try group.decode(column: "attribute_group_code", as: String.self)), \(bind: try group.decode(column: "sort_order", as: Int.self)))
                    RETURNING attribute_group_id
                    """).first()
                let newGroup = try inserted?.decode(column: "attribute_group_id", as: Int.self) ?? 0
                try await db.raw("""
                    INSERT INTO catalog_entity_attribute (attribute_set_id, attribute_group_id, attribute_id, sort_order)
                    SELECT \(bind: id), \(bind: newGroup), attribute_id, sort_order FROM catalog_entity_attribute
                    WHERE attribute_set_id = \(bind: skeletonId) AND attribute_group_id = \(bind: oldGroup)
                    """).run()
            }
            try await Self.event("attribute_set.created", id: id, on: db, at: now)
            return id
        }
        return try await attributeSet(id: id)
    }

    public func updateSet(_ set: AttributeSet) async throws -> AttributeSet {
        let now = MagentoTimestamp.string(from: clock.now())
        let id = set.attributeSetId ?? 0
        try await provider.transaction { db in
            let row = try await Self.requireSet(id, on: db)
            let name = try set.attributeSetName ?? row.decode(column: "attribute_set_name", as: String.self)
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw CommerceError.invalidInput(message: "The attribute set name is empty. Enter the name and try again.")
            }
            try await Self.requireUniqueName(name, except: id, on: db)
            try await db.raw("""
                UPDATE catalog_attribute_set SET attribute_set_name = \(bind: name),
                    sort_order = COALESCE(\(bind: set.sortOrder), sort_order) WHERE attribute_set_id = \(bind: id)
                """).run()
            try await Self.event("attribute_set.updated", id: id, on: db, at: now)
        }
        return try await attributeSet(id: id)
    }

    public func deleteSet(id: Int) async throws {
        let now = MagentoTimestamp.string(from: clock.now())
        try await provider.transaction { db in
            _ = try await Self.requireSet(id, on: db)
            guard id != StandardAttributes.defaultSetId else {
                throw CommerceError.invalidState(message: "The default attribute set can't be deleted.")
            }
            try await db.raw("DELETE FROM catalog_attribute_set WHERE attribute_set_id = \(bind: id)").run()
            try await Self.event("attribute_set.deleted", id: id, on: db, at: now)
        }
    }

    public func attributes(inSet id: Int) async throws -> [ProductAttribute] {
        try await provider.read { db in
            _ = try await Self.requireSet(id, on: db)
            let rows = try await db.raw("""
                SELECT a.* FROM catalog_entity_attribute e JOIN catalog_attribute a ON a.attribute_id = e.attribute_id
                WHERE e.attribute_set_id = \(bind: id) ORDER BY e.sort_order, a.attribute_id
                """).all()
            var result: [ProductAttribute] = []
            for row in rows { result.append(try await SQLProductAttributeRepository.attribute(from: row, on: db)) }
            return result
        }
    }

    public func assign(setId: Int, groupId: Int, code: String, sortOrder: Int) async throws -> Int {
        let now = MagentoTimestamp.string(from: clock.now())
        return try await provider.transaction { db in
            _ = try await Self.requireSet(setId, on: db)
            let group = try await db.raw("""
                SELECT attribute_group_id FROM catalog_attribute_group WHERE attribute_group_id = \(bind: groupId) AND attribute_set_id = \(bind: setId)
                """).first()
            guard group != nil else { throw CommerceError.noSuchEntity(field: "attributeGroupId", value: String(groupId)) }
            guard let attribute = try await SQLProductAttributeRepository.row(code: code, on: db) else {
                throw SQLProductAttributeRepository.noSuchAttribute(code)
            }
            let attributeId = try attribute.decode(column: "attribute_id", as: Int.self)
            let row = try await db.raw("""
                INSERT INTO catalog_entity_attribute (attribute_set_id, attribute_group_id, attribute_id, sort_order)
                VALUES (\(bind: setId), \(bind: groupId), \(bind: attributeId), \(bind: sortOrder))
                ON CONFLICT (attribute_set_id, attribute_id) DO UPDATE SET attribute_group_id = excluded.attribute_group_id, sort_order = excluded.sort_order
                RETURNING entity_attribute_id
                """).first()
            try await Self.event("attribute_set.attribute_assigned", id: setId, on: db, at: now)
            return try row?.decode(column: "entity_attribute_id", as: Int.self) ?? 0
        }
    }

    public func unassign(setId: Int, code: String) async throws {
        let now = MagentoTimestamp.string(from: clock.now())
        try await provider.transaction { db in
            _ = try await Self.requireSet(setId, on: db)
            guard let attribute = try await SQLProductAttributeRepository.row(code: code, on: db) else {
                throw SQLProductAttributeRepository.noSuchAttribute(code)
            }
            guard try attribute.decode(column: "is_user_defined", as: Int.self) == 1 else {
                throw CommerceError.invalidState(message: "The system attribute can't be deleted.")
            }
            let attributeId = try attribute.decode(column: "attribute_id", as: Int.self)
            let assigned = try await db.raw("""
                SELECT entity_attribute_id FROM catalog_entity_attribute WHERE attribute_set_id = \(bind: setId) AND attribute_id = \(bind: attributeId)
                """).first()
            guard assigned != nil else {
                throw CommerceError.invalidInput(
                    message: "The attribute with a \"%1\" attributeCode doesn't exist in the %2 attribute set.", parameters: [code, String(setId)]
                )
            }
            try await db.raw("DELETE FROM catalog_entity_attribute WHERE attribute_set_id = \(bind: setId) AND attribute_id = \(bind: attributeId)").run()
            try await Self.event("attribute_set.attribute_unassigned", id: setId, on: db, at: now)
        }
    }

    public func searchGroups(_ criteria: SearchCriteria) async throws -> SearchPage<AttributeGroup> {
        try await provider.read { db in
            let page = try await SearchQuery(criteria, table: Self.groups).run(on: db)
            return SearchPage(items: try page.items.map(Self.group(from:)), totalCount: page.totalCount)
        }
    }

    public func saveGroup(_ group: AttributeGroup) async throws -> AttributeGroup {
        let now = MagentoTimestamp.string(from: clock.now())
        return try await provider.transaction { db in
            let setId = group.attributeSetId ?? 0
            _ = try await Self.requireSet(setId, on: db)
            let name = (group.attributeGroupName ?? "").trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                throw CommerceError.invalidInput(message: "\"%1\" is required. Enter and try again.", parameters: ["attribute_group_name"])
            }
            let clash = try await db.raw("""
                SELECT attribute_group_id FROM catalog_attribute_group WHERE attribute_set_id = \(bind: setId) AND attribute_group_name = \(bind: name)
                """).first()
            let row: (any SQLRow)?
            if let existingId = group.attributeGroupId.flatMap({ Int($0) }) {
                if let clash, try clash.decode(column: "attribute_group_id", as: Int.self) != existingId {
                    throw CommerceError.invalidState(message: "The attribute group can't be saved.")
                }
                row = try await db.raw("""
                    UPDATE catalog_attribute_group SET attribute_group_name = \(bind: name)
                    WHERE attribute_group_id = \(bind: existingId) AND attribute_set_id = \(bind: setId) RETURNING *
                    """).first()
                guard row != nil else { throw CommerceError.noSuchEntity(field: "attributeGroupId", value: String(existingId)) }
            } else {
                if clash != nil { throw CommerceError.invalidState(message: "The attribute group can't be saved.") }
                row = try await db.raw("""
                    INSERT INTO catalog_attribute_group (attribute_set_id, attribute_group_name, attribute_group_code, sort_order)
                    VALUES (\(bind: setId), \(bind: name), \(bind: URLKey.make(from: name)),
                        (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM catalog_attribute_group WHERE attribute_set_id = \(bind: setId)))
                    RETURNING *
                    """).first()
            }
            try await Self.event("attribute_set.group_saved", id: setId, on: db, at: now)
            guard let row else { throw CommerceError.invalidState(message: "The attribute group can't be saved.") }
            return try Self.group(from: row)
        }
    }

    public func deleteGroup(id: Int) async throws {
        let now = MagentoTimestamp.string(from: clock.now())
        try await provider.transaction { db in
            guard let row = try await db.raw("SELECT * FROM catalog_attribute_group WHERE attribute_group_id = \(bind: id)").first() else {
                throw CommerceError.noSuchEntity(field: "attributeGroupId", value: String(id))
            }
            let assigned = try await db.raw("SELECT COUNT(*) AS total FROM catalog_entity_attribute WHERE attribute_group_id = \(bind: id)").first()?
                .decode(column: "total", as: Int.self) ?? 0
            guard assigned == 0 else {
                throw CommerceError.invalidState(message: "The attribute group can't be deleted because it contains system attributes.")
            }
            try await db.raw("DELETE FROM catalog_attribute_group WHERE attribute_group_id = \(bind: id)").run()
            try await Self.event("attribute_set.group_deleted", id: try row.decode(column: "attribute_set_id", as: Int.self), on: db, at: now)
        }
    }

    static func requireSet(_ id: Int, on db: any SQLDatabase) async throws -> any SQLRow {
        guard let row = try await db.raw("SELECT * FROM catalog_attribute_set WHERE attribute_set_id = \(bind: id)").first() else {
            throw CommerceError.noSuchEntity(field: "id", value: String(id))
        }
        return row
    }

    static func requireUniqueName(_ name: String, except id: Int?, on db: any SQLDatabase) async throws {
        let clash = try await db.raw("""
            SELECT attribute_set_id FROM catalog_attribute_set WHERE attribute_set_name = \(bind: name) AND attribute_set_id <> \(bind: id ?? -1)
            """).first()
        if clash != nil {
            throw CommerceError.invalidInput(message: "An attribute set named \"%1\" already exists.", parameters: [name])
        }
    }

    static func set(from row: any SQLRow) throws -> AttributeSet {
        AttributeSet(
            attributeSetId: try row.decode(column: "attribute_set_id", as: Int.self),
            attributeSetName: try row.decode(column: "attribute_set_name", as: String.self),
            sortOrder: try row.decode(column: "sort_order", as: Int.self),
            entityTypeId: try row.decode(column: "entity_type_id", as: Int.self)
        )
    }

    static func group(from row: any SQLRow) throws -> AttributeGroup {
        AttributeGroup(
            attributeGroupId: String(try row.decode(column: "attribute_group_id", as: Int.self)),
            attributeGroupName: try row.decode(column: "attribute_group_name", as: String.self),
            attributeSetId: try row.decode(column: "attribute_set_id", as: Int.self)
        )
    }

    static func event(_ type: String, id: Int, on db: any SQLDatabase, at now: String) async throws {
        try await Outbox.append(
            DomainEvent(type: type, entityType: "attribute_set", entityId: String(id), payload: "{\"id\":\(id)}"), on: db, at: now
        )
    }
}
