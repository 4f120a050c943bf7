import CommerceDomain
import SQLKit

/// PostgreSQL snapshots: one schema per snapshot (`magpie_snapshot_<name>`) holding a copy of
/// every table (`CREATE TABLE … AS TABLE`) and the sequences' positions, taken in one
/// repeatable-read transaction. A restore empties every table with one `TRUNCATE` and copies
/// the rows back with user triggers off, parents before children, in one transaction: the
/// `TRUNCATE` locks hold other sessions off until the commit, so each sees old or new.
struct PostgresSnapshots: Sendable {
    let provider: any DatabaseProvider
    let clock: any CommerceClock

    static let prefix = "magpie_snapshot_"
    static let sequences = "magpie_snapshot_sequences"

    func save(_ name: String) async throws -> SnapshotInfo {
        let schema = Self.prefix + name
        let created = MagentoTimestamp.string(from: clock.now())
        try await provider.transaction { db in
            try await db.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").run()
            try await db.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
            try await db.raw("CREATE SCHEMA \(ident: schema)").run()
            for table in try await Self.tables(on: db) {
                try await db.raw("CREATE TABLE \(ident: schema).\(ident: table) AS TABLE \(ident: table)").run()
            }
            try await db.raw("""
                CREATE TABLE \(ident: schema).\(ident: Self.sequences) AS
                SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema()
                """).run()
            try await db.raw("COMMENT ON SCHEMA \(ident: schema) IS \(literal: created)").run()
        }
        return SnapshotInfo(name: name, createdAt: created)
    }

    func restore(_ name: String) async throws {
        let schema = Self.prefix + name
        try await provider.transaction { db in
            let saved = try await db.raw("SELECT tablename FROM pg_tables WHERE schemaname = \(bind: schema)").all()
                .map { try $0.decode(column: "tablename", as: String.self) }
            guard !saved.isEmpty else { throw SnapshotError.notFound(name) }
            let live = try await Self.tables(on: db)
            guard Set(saved) == Set(live + [Self.sequences]) else { throw SnapshotError.schemaMismatch(name) }
            let ordered = try await Self.parentsFirst(live, on: db)
            try await db.raw("TRUNCATE TABLE \(SQLList(ordered.map { SQLIdentifier($0) }))").run()
            for table in ordered {
                try await db.raw("ALTER TABLE \(ident: table) DISABLE TRIGGER USER").run()
                try await db.raw("INSERT INTO \(ident: table) SELECT * FROM \(ident: schema).\(ident: table)").run()
                try await db.raw("ALTER TABLE \(ident: table) ENABLE TRIGGER USER").run()
            }
            try await db.raw("""
                SELECT setval(format('%I.%I', current_schema(), sequencename), COALESCE(last_value, 1), last_value IS NOT NULL)
                FROM \(ident: schema).\(ident: Self.sequences)
                """).run()
        }
    }

    func list() async throws -> [SnapshotInfo] {
        try await provider.read { db in
            try await db.raw("""
                SELECT substr(nspname, \(literal: Self.prefix.count + 1)) AS name, COALESCE(obj_description(oid, 'pg_namespace'), '') AS created
                FROM pg_namespace WHERE starts_with(nspname, \(bind: Self.prefix)) ORDER BY nspname
                """).all().map { row in
                SnapshotInfo(name: try row.decode(column: "name", as: String.self), createdAt: try row.decode(column: "created", as: String.self))
            }
        }
    }

    func delete(_ name: String) async throws {
        let schema = Self.prefix + name
        try await provider.transaction { db in
            let found = try await db.raw("SELECT 1 AS found FROM pg_namespace WHERE nspname = \(bind: schema)").first()
            guard found != nil else { throw SnapshotError.notFound(name) }
            try await db.raw("DROP SCHEMA \(ident: schema) CASCADE").run()
        }
    }

    static func tables(on db: any SQLDatabase) async throws -> [String] {
        try await db.raw("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename").all()
            .map { try $0.decode(column: "tablename", as: String.self) }
    }

    /// The tables ordered so every foreign key's target comes before the table holding it.
    static func parentsFirst(_ tables: [String], on db: any SQLDatabase) async throws -> [String] {
        let edges = try await db.raw("""
            SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
            FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
            """).all().map { (child: try $0.decode(column: "child", as: String.self), parent: try $0.decode(column: "parent", as: String.self)) }
        var ordered: [String] = []
        var placed = Set<String>()
        func place(_ table: String, depth: Int) {
            guard !placed.contains(table), depth < tables.count else { return }
            for edge in edges where edge.child == table && edge.parent != table { place(edge.parent, depth: depth + 1) }
            if placed.insert(table).inserted { ordered.append(table) }
        }
        for table in tables { place(table, depth: 0) }
        return ordered
    }
}
