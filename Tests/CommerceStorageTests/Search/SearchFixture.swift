import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import SQLKit

/// A 20-row table with one column of every searchable kind, for the searchCriteria tests.
/// Expected results are computed from `rows` in Swift and compared with what SQL returns.
struct SearchFixture {
    struct Row: Sendable {
        var id: Int
        var sku: String
        var name: String
        /// Repeats (0...4) so sorting on it has ties.
        var qty: Int
        var price: Decimal
        var isActive: Bool
        /// A comma-separated set, as Magento stores multiselect values.
        var tags: String
        var createdAt: String
        var note: String?
    }

    static let rows: [Row] = (1...20).map { index in
        Row(
            id: index,
            sku: String(format: "SKU-%02d", index),
            name: index.isMultiple(of: 2) ? "Blue Shirt \(index)" : "Red Pants \(index)",
            qty: index % 5,
            price: Decimal(index) + Decimal(string: "0.5")!,
            isActive: !index.isMultiple(of: 3),
            tags: "\(index % 4),\(10 + index % 3)",
            createdAt: String(format: "2024-01-%02d 12:00:00", index),
            note: index.isMultiple(of: 4) ? nil : "note \(index)"
        )
    }

    static let table = SearchableTable(
        table: "search_fixture",
        primaryKey: "id",
        fields: [
            "id": .init(column: "id", kind: .integer),
            "sku": .init(column: "sku", kind: .text),
            "name": .init(column: "name", kind: .text),
            "qty": .init(column: "qty", kind: .integer),
            "price": .init(column: "price", kind: .decimal),
            "is_active": .init(column: "is_active", kind: .boolean),
            "tags": .init(column: "tags", kind: .text),
            "created_at": .init(column: "created_at", kind: .timestamp),
            "note": .init(column: "note", kind: .text),
        ]
    )

    static func install(on storage: Storage) async throws {
        let dialect = SchemaDialect(engine: storage.provider.engine)
        let engine = storage.provider.engine
        try await storage.provider.transaction { db in
            try await db.raw("""
                CREATE TABLE search_fixture (
                    \(unsafeRaw: dialect.identityPrimaryKey("id")),
                    sku TEXT NOT NULL, name TEXT NOT NULL, qty INTEGER NOT NULL,
                    \(unsafeRaw: dialect.decimal("price")),
                    is_active SMALLINT NOT NULL, tags TEXT NOT NULL, created_at TEXT NOT NULL, note TEXT
                )
                """).run()
            for row in rows {
                try await db.raw("""
                    INSERT INTO search_fixture (id, sku, name, qty, price, is_active, tags, created_at, note)
                    VALUES (\(bind: row.id), \(bind: row.sku), \(bind: row.name), \(bind: row.qty),
                            \(bind: try ExactDecimal.storable(row.price, engine: engine, field: "price")), \(bind: row.isActive ? 1 : 0),
                            \(bind: row.tags), \(bind: row.createdAt), \(bind: row.note))
                    """).run()
            }
        }
    }

    /// Runs `criteria` and returns the ids in result order plus the total count.
    static func search(_ criteria: SearchCriteria, on storage: Storage) async throws -> (ids: [Int], total: Int) {
        try await storage.provider.read { db in
            let page = try await SearchQuery(criteria, table: table).run(on: db)
            return (try page.items.map { try $0.decode(column: "id", as: Int.self) }, page.totalCount)
        }
    }

    /// The ids of the rows matching `predicate`, in id order (the default ordering).
    static func ids(where predicate: (Row) -> Bool) -> [Int] {
        rows.filter(predicate).map(\.id)
    }
}

/// A fresh storage with the fixture table installed.
func withSearchFixture(_ engine: TestEngine, _ body: (Storage) async throws -> Void) async throws {
    try await withStorage(engine) { storage throws in
        try await SearchFixture.install(on: storage)
        try await body(storage)
    }
}

extension SearchCriteria {
    /// One filter group per filter: the filters are ANDed.
    static func all(_ filters: Filter...) -> SearchCriteria {
        SearchCriteria(filterGroups: filters.map { FilterGroup(filters: [$0]) })
    }

    /// One filter group holding every filter: the filters are ORed.
    static func any(_ filters: Filter...) -> SearchCriteria {
        SearchCriteria(filterGroups: [FilterGroup(filters: filters)])
    }
}
