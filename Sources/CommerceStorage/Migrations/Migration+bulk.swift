extension Migration {
    /// Magento's bulk tables, which double as the durable queue of asynchronous operations.
    static let bulk = Migration(id: "0003_bulk") { dialect in
        [
            """
            CREATE TABLE magento_bulk (
                \(dialect.identityPrimaryKey("id")),
                uuid TEXT NOT NULL UNIQUE,
                user_id INTEGER,
                user_type INTEGER NOT NULL,
                description TEXT NOT NULL,
                operation_count INTEGER NOT NULL,
                start_time TEXT NOT NULL
            )
            """,
            // request_data is our replayable request; serialized_data is Magento's view of it.
            // attempts / available_at / lease_until make the table a queue with leases: an
            // operation whose lease ran out (its worker died) is claimed again.
            """
            CREATE TABLE magento_operation (
                \(dialect.identityPrimaryKey("id")),
                bulk_uuid TEXT NOT NULL REFERENCES magento_bulk (uuid),
                operation_key INTEGER NOT NULL,
                topic_name TEXT NOT NULL,
                serialized_data TEXT NOT NULL,
                request_data TEXT,
                result_serialized_data TEXT,
                status SMALLINT NOT NULL,
                error_code INTEGER,
                result_message TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                available_at TEXT NOT NULL,
                lease_until TEXT,
                started_at TEXT,
                finished_at TEXT,
                UNIQUE (bulk_uuid, operation_key)
            )
            """,
            "CREATE INDEX magento_operation_queue ON magento_operation (status, available_at, id)",
            """
            CREATE VIEW magento_operation_search AS
            SELECT o.id, o.bulk_uuid, o.topic_name, o.serialized_data, o.result_serialized_data, o.status,
                   o.error_code, o.result_message, b.start_time
            FROM magento_operation o JOIN magento_bulk b ON b.uuid = o.bulk_uuid
            """,
        ]
    }
}
