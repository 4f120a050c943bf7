import CommerceDomain
import SQLKit

/// Replaces every row of the main database with an attached one's, inside the caller's write
/// transaction. Triggers are dropped for the copy and created again after it (DDL is part of the
/// transaction), so derived tables such as the search index are copied, not rebuilt row by row;
/// full-text tables are filled through their own interface, never through their shadow tables.
enum SQLiteTableCopy {
    struct SchemaRow: Equatable, Sendable {
        var type: String
        var name: String
        var sql: String?
    }

    static func replaceMain(from attached: String, snapshot: String, on db: any SQLDatabase) async throws {
        let live = try await schema("main", on: db)
        guard live == (try await schema(attached, on: db)) else { throw SnapshotError.schemaMismatch(snapshot) }
        let triggers = live.filter { $0.type == "trigger" }
        for trigger in triggers {
            try await db.raw("DROP TRIGGER main.\(ident: trigger.name)").run()
        }
        let virtual = live.filter { $0.type == "table" && ($0.sql ?? "").uppercased().hasPrefix("CREATE VIRTUAL TABLE") }.map(\.name)
        let plain = live.filter { row in
            row.type == "table" && !virtual.contains(row.name) && !row.name.hasPrefix("sqlite_")
                && !virtual.contains { row.name.hasPrefix($0 + "_") }
        }.map(\.name)
        for table in plain + virtual {
            try await db.raw("DELETE FROM main.\(ident: table)").run()
        }
        for table in plain {
            try await db.raw("INSERT INTO main.\(ident: table) SELECT * FROM \(ident: attached).\(ident: table)").run()
        }
        for table in virtual {
            let columns = try await db.raw("SELECT name FROM pragma_table_info(\(bind: table))").all()
                .map { try $0.decode(column: "name", as: String.self) }
            let list = SQLList(([SQLIdentifier("rowid")] + columns.map { SQLIdentifier($0) }) as [any SQLExpression])
            try await db.raw("INSERT INTO main.\(ident: table) (\(list)) SELECT \(list) FROM \(ident: attached).\(ident: table)").run()
        }
        if live.contains(where: { $0.name == "sqlite_sequence" }) {
            try await db.raw("DELETE FROM main.sqlite_sequence").run()
            try await db.raw("INSERT INTO main.sqlite_sequence SELECT * FROM \(ident: attached).sqlite_sequence").run()
        }
        for trigger in triggers {
            guard let sql = trigger.sql else { continue }
            try await db.raw(SQLQueryString(sql)).run()
        }
    }

    static func schema(_ database: String, on db: any SQLDatabase) async throws -> [SchemaRow] {
        try await db.raw("SELECT type, name, sql FROM \(ident: database).sqlite_master ORDER BY type, name").all().map { row in
            SchemaRow(
                type: try row.decode(column: "type", as: String.self), name: try row.decode(column: "name", as: String.self),
                sql: try row.decode(column: "sql", as: String?.self)
            )
        }
    }
}
