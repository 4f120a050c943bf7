extension Migration {
    /// Id counters for downloadable links and samples (they live in the product document, like
    /// custom options), and the link purchases an invoiced order opens to its buyer.
    static let downloadable = Migration(id: "0026_downloadable") { dialect in
        [
            "INSERT INTO catalog_sequence (name, value) VALUES ('downloadable_link', 0), ('downloadable_sample', 0)",
            """
            CREATE TABLE downloadable_link_purchased_item (
                \(dialect.identityPrimaryKey("item_id")),
                order_id BIGINT NOT NULL,
                order_item_id BIGINT NOT NULL,
                order_increment_id TEXT NOT NULL,
                customer_id BIGINT,
                product_sku TEXT NOT NULL,
                link_id BIGINT NOT NULL,
                link_title TEXT NOT NULL,
                link_hash TEXT NOT NULL UNIQUE,
                number_of_downloads_bought INTEGER NOT NULL DEFAULT 0,
                number_of_downloads_used INTEGER NOT NULL DEFAULT 0,
                status TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX downloadable_link_purchased_order ON downloadable_link_purchased_item (order_id)",
            "CREATE INDEX downloadable_link_purchased_customer ON downloadable_link_purchased_item (customer_id)",
        ]
    }
}
