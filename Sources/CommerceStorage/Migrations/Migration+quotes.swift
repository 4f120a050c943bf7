extension Migration {
    /// Carts (quotes), their lines, their billing and shipping addresses, and the masked ids
    /// guests use. Lines hold only SKU and quantity (a configurable line: the chosen child's SKU,
    /// its parent's and the options sent): prices are worked out on every read.
    static let quotes = Migration(id: "0018_quotes") { dialect in
        [
            """
            CREATE TABLE quote (
                \(dialect.identityPrimaryKey("entity_id")),
                store_id BIGINT NOT NULL,
                customer_id BIGINT,
                is_active SMALLINT NOT NULL,
                items_count INTEGER NOT NULL DEFAULT 0,
                reserved_order_id TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                document TEXT NOT NULL
            )
            """,
            "CREATE INDEX quote_customer ON quote (customer_id, is_active)",
            "CREATE INDEX quote_updated ON quote (updated_at)",
            """
            CREATE TABLE quote_item (
                \(dialect.identityPrimaryKey("item_id")),
                quote_id BIGINT NOT NULL REFERENCES quote (entity_id) ON DELETE CASCADE,
                sku TEXT NOT NULL,
                parent_sku TEXT,
                product_option TEXT,
                \(dialect.decimal("qty")),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX quote_item_quote ON quote_item (quote_id, item_id)",
            """
            CREATE TABLE quote_address (
                \(dialect.identityPrimaryKey("address_id")),
                quote_id BIGINT NOT NULL REFERENCES quote (entity_id) ON DELETE CASCADE,
                address_type TEXT NOT NULL,
                document TEXT NOT NULL,
                UNIQUE (quote_id, address_type)
            )
            """,
            """
            CREATE TABLE quote_id_mask (
                masked_id TEXT PRIMARY KEY,
                quote_id BIGINT NOT NULL UNIQUE REFERENCES quote (entity_id) ON DELETE CASCADE
            )
            """,
        ]
    }
}
