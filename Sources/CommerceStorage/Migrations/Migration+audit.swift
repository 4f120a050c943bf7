extension Migration {
    /// The audit log of API calls.
    static let audit = Migration(id: "0007_audit") { dialect in
        [
            """
            CREATE TABLE magpie_audit (
                \(dialect.identityPrimaryKey("id")),
                created_at TEXT NOT NULL,
                request_id TEXT NOT NULL,
                user_type INTEGER NOT NULL,
                user_id INTEGER,
                method TEXT NOT NULL,
                path TEXT NOT NULL,
                status INTEGER NOT NULL,
                duration_us BIGINT NOT NULL
            )
            """,
            "CREATE INDEX magpie_audit_created ON magpie_audit (created_at)",
        ]
    }
}
