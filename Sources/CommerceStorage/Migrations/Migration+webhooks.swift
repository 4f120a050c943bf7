extension Migration {
    /// Webhook subscriptions, their delivery log (which is also the delivery queue), and the
    /// cursor up to which the outbox has been dispatched.
    static let webhooks = Migration(id: "0004_webhooks") { dialect in
        [
            """
            CREATE TABLE magpie_webhook (
                \(dialect.identityPrimaryKey("webhook_id")),
                name TEXT NOT NULL,
                url TEXT NOT NULL,
                secret TEXT NOT NULL,
                topics TEXT NOT NULL,
                is_active SMALLINT NOT NULL DEFAULT 1,
                since_event_id BIGINT NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE magpie_webhook_delivery (
                \(dialect.identityPrimaryKey("id")),
                delivery_id TEXT NOT NULL UNIQUE,
                webhook_id BIGINT NOT NULL REFERENCES magpie_webhook (webhook_id) ON DELETE CASCADE,
                event_id BIGINT NOT NULL,
                event_type TEXT NOT NULL,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT,
                lease_until TEXT,
                last_status_code INTEGER,
                last_error TEXT,
                delivered_at TEXT,
                created_at TEXT NOT NULL,
                UNIQUE (webhook_id, event_id)
            )
            """,
            "CREATE INDEX magpie_webhook_delivery_due ON magpie_webhook_delivery (status, next_attempt_at, id)",
            "CREATE TABLE magpie_webhook_cursor (cursor_id INTEGER PRIMARY KEY, last_event_id BIGINT NOT NULL)",
            "INSERT INTO magpie_webhook_cursor (cursor_id, last_event_id) VALUES (1, 0)",
        ]
    }
}
