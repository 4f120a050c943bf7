import CommerceDomain
import MagentoWire
import SQLKit

/// The storage of one CMS kind (pages or blocks): a row per record with its JSON document, and
/// its store views in a link table. Pages and blocks differ only in names and errors.
struct CmsTable<Entity: CmsContent>: Sendable {
    let kind: String
    let notFound: @Sendable (Int) -> CommerceError
    let duplicate: CommerceError

    var table: String { "cms_\(kind)" }
    var key: String { "\(kind)_id" }

    var searchable: SearchableTable {
        SearchableTable(table: table, primaryKey: key, fields: [
            "id": .init(column: key, kind: .integer),
            key: .init(column: key, kind: .integer),
            "identifier": .init(column: "identifier", kind: .text),
            "title": .init(column: "title", kind: .text),
            "active": .init(column: "is_active", kind: .boolean),
            "is_active": .init(column: "is_active", kind: .boolean),
            "creation_time": .init(column: "creation_time", kind: .timestamp),
            "update_time": .init(column: "update_time", kind: .timestamp),
        ])
    }

    func search(_ criteria: SearchCriteria, on db: any SQLDatabase) async throws -> SearchPage<Entity> {
        let page = try await SearchQuery(criteria, table: searchable, columns: ["document"]).run(on: db)
        return SearchPage(items: try page.items.map(decode), totalCount: page.totalCount)
    }

    func load(_ id: Int, on db: any SQLDatabase) async throws -> Entity {
        guard let row = try await db.raw("SELECT document FROM \(ident: table) WHERE \(ident: key) = \(bind: id)").first() else {
            throw notFound(id)
        }
        return try decode(row)
    }

    /// Saves with creation time kept, update time now, and default store view 0; refuses an
    /// identifier another record uses in an overlapping store view. An update changes only the
    /// fields it sends, as Magento's repositories hydrate the stored record with them.
    func save(_ entity: Entity, now: String, on db: any SQLDatabase) async throws -> Entity {
        var stored = entity
        if let id = entity.id {
            let existing = try await load(id, on: db)
            stored = try PartialUpdate.overlay(entity, on: existing)
            stored.creationTime = existing.creationTime
        } else {
            stored.creationTime = now
        }
        stored.storeId = stored.storeId ?? [0]
        stored.active = stored.active ?? true
        stored.updateTime = now
        let identifier = stored.identifier ?? ""
        let others = try await db.raw("""
            SELECT s.store_id FROM \(ident: table) e JOIN \(ident: table + "_store") s ON s.\(ident: key) = e.\(ident: key)
            WHERE e.identifier = \(bind: identifier) AND e.\(ident: key) <> \(bind: entity.id ?? 0)
            """).all().map { try $0.decode(column: "store_id", as: Int.self) }
        if !others.isEmpty, CmsRules.storesOverlap(others, stored.storeId ?? []) { throw duplicate }
        if entity.id == nil {
            let row = try await db.raw("""
                INSERT INTO \(ident: table) (identifier, is_active, creation_time, update_time, document)
                VALUES ('', 0, \(bind: now), \(bind: now), '{}') RETURNING \(ident: key)
                """).first()
            stored.id = try row?.decode(column: key, as: Int.self)
        }
        let id = stored.id ?? 0
        try await db.raw("""
            UPDATE \(ident: table) SET identifier = \(bind: identifier), title = \(bind: stored.title),
                is_active = \(bind: stored.active == true ? 1 : 0), creation_time = \(bind: stored.creationTime ?? now),
                update_time = \(bind: now), document = \(bind: try MagentoEncoder().encode(stored).jsonString)
            WHERE \(ident: key) = \(bind: id)
            """).run()
        try await db.raw("DELETE FROM \(ident: table + "_store") WHERE \(ident: key) = \(bind: id)").run()
        for store in Set(stored.storeId ?? []).sorted() {
            try await db.raw("INSERT INTO \(ident: table + "_store") (\(ident: key), store_id) VALUES (\(bind: id), \(bind: store))").run()
        }
        try await append("saved", stored, on: db, at: now)
        return stored
    }

    func delete(_ id: Int, now: String, on db: any SQLDatabase) async throws {
        let stored = try await load(id, on: db)
        try await db.raw("DELETE FROM \(ident: table) WHERE \(ident: key) = \(bind: id)").run()
        try await append("deleted", stored, on: db, at: now)
    }

    private func append(_ change: String, _ entity: Entity, on db: any SQLDatabase, at now: String) async throws {
        let event = DomainEvent(
            type: "cms_\(kind).\(change)", entityType: "cms_\(kind)", entityId: String(entity.id ?? 0),
            payload: try MagentoEncoder().encode(entity).jsonString
        )
        try await Outbox.append(event, on: db, at: now)
    }

    private func decode(_ row: any SQLRow) throws -> Entity {
        try MagentoDecoder().decode(Entity.self, from: try JSONValue.parse(try row.decode(column: "document", as: String.self)))
    }
}
