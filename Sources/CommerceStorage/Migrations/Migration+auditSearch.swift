extension Migration {
    /// Indexes for the audit log's filters, so the console's audit page answers in milliseconds on
    /// a log of a million rows (docs/console.md has the figures).
    ///
    /// - `status`, `user_id` and `method`: B-tree indexes; time already has `magpie_audit_created`.
    /// - "path contains" and "entity contains" (`LIKE '%…%'`), which no B-tree serves:
    ///   - SQLite: an FTS5 table with the `trigram` tokenizer for `path` and one for `entity_ids`
    ///     (apart, so that "product" in paths does not swell the entity index), kept in step by
    ///     triggers. Each keeps its own copy of its column (an external-content
    ///     table would not, but snapshots restore a full-text table by deleting and inserting its
    ///     rows, which an external-content one only survives while its content is in place).
    ///     `SQLAuditLog` drives such a search from it (`AuditTextSearch`).
    ///   - PostgreSQL: `pg_trgm` GIN indexes, which the planner uses for `ILIKE '%…%'` itself.
    ///     `pg_trgm` ships with PostgreSQL (Debian's `postgresql-15` package has it) and is a
    ///     trusted extension, so the database owner may create it. Where it cannot be created the
    ///     migration still applies, without those two indexes: the filters then scan, as before.
    static let auditSearch = Migration(id: "0031_audit_search") { dialect in
        let btree = [
            "CREATE INDEX magpie_audit_status ON magpie_audit (status)",
            "CREATE INDEX magpie_audit_user ON magpie_audit (user_id)",
            "CREATE INDEX magpie_audit_method ON magpie_audit (method)",
        ]
        switch dialect.engine {
        case .sqlite: return btree + sqliteAuditText
        case .postgres: return btree + postgresAuditTrigrams
        }
    }

    static var sqliteAuditText: [String] {
        AuditTextSearch.tables.sorted { $0.key < $1.key }.flatMap { column, table in
            // Only rows with a value: most calls change nothing, so the entity index stays small.
            let insert = "INSERT INTO \(table) (rowid, \(column)) SELECT NEW.id, NEW.\(column) WHERE NEW.\(column) IS NOT NULL;"
            let delete = "DELETE FROM \(table) WHERE rowid = OLD.id;"
            return [
                "CREATE VIRTUAL TABLE \(table) USING fts5(\(column), tokenize = 'trigram')",
                "INSERT INTO \(table) (rowid, \(column)) SELECT id, \(column) FROM magpie_audit WHERE \(column) IS NOT NULL",
                "CREATE TRIGGER \(table)_insert AFTER INSERT ON magpie_audit BEGIN \(insert) END",
                "CREATE TRIGGER \(table)_delete AFTER DELETE ON magpie_audit BEGIN \(delete) END",
                "CREATE TRIGGER \(table)_update AFTER UPDATE OF \(column) ON magpie_audit BEGIN \(delete) \(insert) END",
            ]
        }
    }

    static var postgresAuditTrigrams: [String] {
        // One block: when the extension or an index cannot be made, none of them is, and the
        // migration still applies (a warning in the server's log says so).
        [
            """
            DO $$ BEGIN
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE INDEX magpie_audit_path_trgm ON magpie_audit USING gin (path gin_trgm_ops);
                CREATE INDEX magpie_audit_entity_trgm ON magpie_audit USING gin (entity_ids gin_trgm_ops);
            EXCEPTION WHEN OTHERS THEN
                RAISE WARNING 'pg_trgm indexes not made (%): the audit path and entity filters scan', SQLERRM;
            END $$
            """
        ]
    }
}
