extension Migration {
    /// Stored first answers of `Idempotency-Key` requests.
    static let idempotency = Migration(id: "0005_idempotency") { _ in
        [
            """
            CREATE TABLE magpie_idempotency (
                caller TEXT NOT NULL,
                idempotency_key TEXT NOT NULL,
                request_hash TEXT NOT NULL,
                status INTEGER,
                body TEXT,
                created_at TEXT NOT NULL,
                PRIMARY KEY (caller, idempotency_key)
            )
            """,
            "CREATE INDEX magpie_idempotency_created ON magpie_idempotency (created_at)",
        ]
    }
}
