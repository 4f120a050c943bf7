extension Migration {
    /// Orders, their rows and addresses, invoices, shipments with tracks, credit memos, and the
    /// sequences that number them.
    ///
    /// Each entity is one row holding its wire document plus columns for what searches, sorts
    /// and joins use. Order rows are their own table (`GET /V1/orders/items` searches them);
    /// addresses live in the order document, their ids come from `sales_sequence`.
    static let sales = Migration(id: "0014_sales") { dialect in
        [
            """
            CREATE TABLE sales_sequence (
                entity_type TEXT NOT NULL,
                store_id BIGINT NOT NULL,
                last_value BIGINT NOT NULL,
                PRIMARY KEY (entity_type, store_id)
            )
            """,
            """
            CREATE TABLE sales_order (
                \(dialect.identityPrimaryKey("entity_id")),
                increment_id TEXT NOT NULL,
                store_id BIGINT NOT NULL,
                state TEXT NOT NULL,
                status TEXT NOT NULL,
                customer_id BIGINT,
                customer_email TEXT,
                \(dialect.decimal("grand_total")),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                document TEXT NOT NULL,
                UNIQUE (increment_id, store_id)
            )
            """,
            "CREATE INDEX sales_order_status ON sales_order (status)",
            "CREATE INDEX sales_order_state ON sales_order (state)",
            "CREATE INDEX sales_order_created ON sales_order (created_at)",
            "CREATE INDEX sales_order_updated ON sales_order (updated_at)",
            "CREATE INDEX sales_order_email ON sales_order (customer_email)",
            """
            CREATE TABLE sales_order_item (
                \(dialect.identityPrimaryKey("item_id")),
                order_id BIGINT NOT NULL REFERENCES sales_order (entity_id) ON DELETE CASCADE,
                parent_item_id BIGINT,
                store_id BIGINT NOT NULL,
                sku TEXT NOT NULL,
                product_id BIGINT,
                product_type TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                document TEXT NOT NULL
            )
            """,
            "CREATE INDEX sales_order_item_order ON sales_order_item (order_id, item_id)",
            "CREATE INDEX sales_order_item_sku ON sales_order_item (sku)",
            """
            CREATE TABLE sales_invoice (
                \(dialect.identityPrimaryKey("entity_id")),
                order_id BIGINT NOT NULL REFERENCES sales_order (entity_id) ON DELETE CASCADE,
                increment_id TEXT NOT NULL,
                store_id BIGINT NOT NULL,
                state INTEGER NOT NULL,
                \(dialect.decimal("grand_total")),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                document TEXT NOT NULL
            )
            """,
            "CREATE INDEX sales_invoice_order ON sales_invoice (order_id)",
            """
            CREATE TABLE sales_shipment (
                \(dialect.identityPrimaryKey("entity_id")),
                order_id BIGINT NOT NULL REFERENCES sales_order (entity_id) ON DELETE CASCADE,
                increment_id TEXT NOT NULL,
                store_id BIGINT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                document TEXT NOT NULL
            )
            """,
            "CREATE INDEX sales_shipment_order ON sales_shipment (order_id)",
            """
            CREATE TABLE sales_shipment_track (
                \(dialect.identityPrimaryKey("entity_id")),
                parent_id BIGINT NOT NULL REFERENCES sales_shipment (entity_id) ON DELETE CASCADE,
                order_id BIGINT NOT NULL,
                track_number TEXT NOT NULL,
                created_at TEXT NOT NULL,
                document TEXT NOT NULL
            )
            """,
            "CREATE INDEX sales_shipment_track_parent ON sales_shipment_track (parent_id)",
            """
            CREATE TABLE sales_creditmemo (
                \(dialect.identityPrimaryKey("entity_id")),
                order_id BIGINT NOT NULL REFERENCES sales_order (entity_id) ON DELETE CASCADE,
                invoice_id BIGINT,
                increment_id TEXT NOT NULL,
                store_id BIGINT NOT NULL,
                state INTEGER NOT NULL,
                \(dialect.decimal("grand_total")),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                document TEXT NOT NULL
            )
            """,
            "CREATE INDEX sales_creditmemo_order ON sales_creditmemo (order_id)",
        ]
    }
}
