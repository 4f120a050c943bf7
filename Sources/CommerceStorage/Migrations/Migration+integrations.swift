extension Migration {
    /// Integrations (least-privilege API access) and used OAuth nonces.
    static let integrations = Migration(id: "0006_integrations") { dialect in
        [
            """
            CREATE TABLE magpie_integration (
                \(dialect.identityPrimaryKey("integration_id")),
                name TEXT NOT NULL UNIQUE,
                email TEXT,
                endpoint TEXT,
                identity_link_url TEXT,
                resources TEXT NOT NULL,
                is_active SMALLINT NOT NULL DEFAULT 0,
                consumer_key TEXT NOT NULL UNIQUE,
                consumer_secret TEXT NOT NULL,
                access_token TEXT UNIQUE,
                access_token_secret TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE magpie_oauth_nonce (
                consumer_key TEXT NOT NULL,
                nonce TEXT NOT NULL,
                timestamp BIGINT NOT NULL,
                PRIMARY KEY (consumer_key, nonce)
            )
            """,
        ]
    }
}
