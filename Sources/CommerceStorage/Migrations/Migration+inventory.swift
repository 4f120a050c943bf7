extension Migration {
    /// MSI: sources, stocks with their sales channels, stock-source links and source items, plus
    /// the default source, the default stock (id 1) on website `base`, and the link between them
    /// that every Magento 2.4 installation starts with.
    static let inventory = Migration(id: "0002_inventory") { dialect in
        [
            """
            CREATE TABLE inventory_source (
                source_code TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                enabled SMALLINT NOT NULL DEFAULT 1,
                description TEXT,
                \(dialect.decimal("latitude", nullable: true)),
                \(dialect.decimal("longitude", nullable: true)),
                country_id TEXT NOT NULL,
                region_id INTEGER,
                region TEXT,
                city TEXT,
                street TEXT,
                postcode TEXT NOT NULL,
                contact_name TEXT,
                email TEXT,
                phone TEXT,
                fax TEXT,
                use_default_carrier_config SMALLINT NOT NULL DEFAULT 1,
                carrier_links TEXT,
                extension_attributes TEXT
            )
            """,
            """
            CREATE TABLE inventory_stock (
                \(dialect.identityPrimaryKey("stock_id")),
                name TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE inventory_stock_sales_channel (
                type TEXT NOT NULL,
                code TEXT NOT NULL,
                stock_id BIGINT NOT NULL REFERENCES inventory_stock (stock_id) ON DELETE CASCADE,
                PRIMARY KEY (type, code)
            )
            """,
            """
            CREATE TABLE inventory_source_stock_link (
                \(dialect.identityPrimaryKey("link_id")),
                stock_id BIGINT NOT NULL REFERENCES inventory_stock (stock_id) ON DELETE CASCADE,
                source_code TEXT NOT NULL REFERENCES inventory_source (source_code),
                priority INTEGER NOT NULL,
                UNIQUE (stock_id, source_code)
            )
            """,
            // Source items are keyed by SKU text, as MSI keys them: quantities may arrive before
            // the product does (an ERP loading stock first).
            """
            CREATE TABLE inventory_source_item (
                \(dialect.identityPrimaryKey("source_item_id")),
                source_code TEXT NOT NULL REFERENCES inventory_source (source_code),
                sku TEXT NOT NULL,
                \(dialect.decimal("quantity")),
                status SMALLINT NOT NULL,
                UNIQUE (sku, source_code)
            )
            """,
            "CREATE INDEX inventory_source_item_source ON inventory_source_item (source_code, sku)",
            """
            INSERT INTO inventory_source (source_code, name, enabled, description, country_id, postcode)
            VALUES ('default', 'Default Source', 1, 'Default Source', 'US', '00000')
            """,
            "INSERT INTO inventory_stock (stock_id, name) VALUES (1, 'Default Stock')",
            "INSERT INTO inventory_stock_sales_channel (type, code, stock_id) VALUES ('website', 'base', 1)",
            "INSERT INTO inventory_source_stock_link (stock_id, source_code, priority) VALUES (1, 'default', 1)",
        ] + dialect.advanceIdentity(table: "inventory_stock", column: "stock_id")
    }
}
