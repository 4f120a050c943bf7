extension Migration {
    /// Stores, configuration, admin users, login throttling, secrets and the event outbox, plus
    /// the store rows every Magento installation starts with.
    static let baseSchema = Migration(id: "0001_base_schema") { dialect in
        [
            // Store ids are Magento's fixed, meaningful numbers (0 is the admin scope), always
            // inserted explicitly, so these keys are plain integers rather than identities.
            """
            CREATE TABLE store_website (
                website_id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                sort_order INTEGER NOT NULL DEFAULT 0,
                default_group_id INTEGER NOT NULL DEFAULT 0,
                is_default SMALLINT NOT NULL DEFAULT 0
            )
            """,
            """
            CREATE TABLE store_group (
                group_id INTEGER PRIMARY KEY,
                website_id INTEGER NOT NULL REFERENCES store_website (website_id),
                name TEXT NOT NULL,
                root_category_id INTEGER NOT NULL DEFAULT 0,
                default_store_id INTEGER NOT NULL DEFAULT 0,
                code TEXT NOT NULL UNIQUE
            )
            """,
            """
            CREATE TABLE store (
                store_id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                website_id INTEGER NOT NULL REFERENCES store_website (website_id),
                group_id INTEGER NOT NULL REFERENCES store_group (group_id),
                name TEXT NOT NULL,
                sort_order INTEGER NOT NULL DEFAULT 0,
                is_active SMALLINT NOT NULL DEFAULT 0
            )
            """,
            """
            CREATE TABLE core_config_data (
                \(dialect.identityPrimaryKey("config_id")),
                scope TEXT NOT NULL DEFAULT 'default',
                scope_id INTEGER NOT NULL DEFAULT 0,
                path TEXT NOT NULL,
                value TEXT,
                UNIQUE (scope, scope_id, path)
            )
            """,
            // `username_key` is the lower-cased username: Magento's MySQL collation makes logins
            // case-insensitive, and a unique index on the key keeps "Admin" and "admin" apart
            // on engines whose comparisons are case-sensitive.
            """
            CREATE TABLE admin_user (
                \(dialect.identityPrimaryKey("user_id")),
                firstname TEXT NOT NULL,
                lastname TEXT NOT NULL,
                email TEXT NOT NULL,
                username TEXT NOT NULL,
                username_key TEXT NOT NULL UNIQUE,
                password TEXT NOT NULL,
                is_active SMALLINT NOT NULL DEFAULT 1,
                created TEXT NOT NULL,
                modified TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE token_request_log (
                \(dialect.identityPrimaryKey("log_id")),
                username_key TEXT NOT NULL,
                user_type SMALLINT NOT NULL,
                failures_count INTEGER NOT NULL DEFAULT 0,
                lock_expires_at TEXT,
                UNIQUE (username_key, user_type)
            )
            """,
            "CREATE TABLE magpie_secret (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """
            CREATE TABLE magpie_event (
                \(dialect.identityPrimaryKey("event_id")),
                event_type TEXT NOT NULL,
                entity_type TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                payload TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX magpie_event_entity ON magpie_event (entity_type, entity_id)",
        ] + BaseStoreData.statements
    }
}
