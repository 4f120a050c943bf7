extension Migration {
    /// Tax classes, rates and rules. Rules link to classes and rates through two tables so a
    /// class or rate in use can be refused on delete. Seeds Magento's two default classes:
    /// 2 "Taxable Goods" (PRODUCT) and 3 "Retail Customer" (CUSTOMER).
    static let tax = Migration(id: "0015_tax") { dialect in
        [
            """
            CREATE TABLE tax_class (
                \(dialect.identityPrimaryKey("class_id")),
                class_name TEXT NOT NULL,
                class_type TEXT NOT NULL,
                UNIQUE (class_type, class_name)
            )
            """,
            "INSERT INTO tax_class (class_id, class_name, class_type) VALUES (2, 'Taxable Goods', 'PRODUCT')",
            "INSERT INTO tax_class (class_id, class_name, class_type) VALUES (3, 'Retail Customer', 'CUSTOMER')",
            """
            CREATE TABLE tax_rate (
                \(dialect.identityPrimaryKey("id")),
                code TEXT NOT NULL UNIQUE,
                tax_country_id TEXT NOT NULL,
                tax_region_id INTEGER NOT NULL DEFAULT 0,
                tax_postcode TEXT,
                zip_is_range SMALLINT,
                zip_from INTEGER,
                zip_to INTEGER,
                \(dialect.decimal("rate")),
                titles TEXT NOT NULL DEFAULT '[]'
            )
            """,
            """
            CREATE TABLE tax_rule (
                \(dialect.identityPrimaryKey("id")),
                code TEXT NOT NULL UNIQUE,
                priority INTEGER NOT NULL,
                position INTEGER NOT NULL,
                calculate_subtotal SMALLINT NOT NULL DEFAULT 0
            )
            """,
            """
            CREATE TABLE tax_rule_class (
                rule_id BIGINT NOT NULL REFERENCES tax_rule (id) ON DELETE CASCADE,
                class_id BIGINT NOT NULL REFERENCES tax_class (class_id),
                PRIMARY KEY (rule_id, class_id)
            )
            """,
            """
            CREATE TABLE tax_rule_rate (
                rule_id BIGINT NOT NULL REFERENCES tax_rule (id) ON DELETE CASCADE,
                rate_id BIGINT NOT NULL REFERENCES tax_rate (id),
                PRIMARY KEY (rule_id, rate_id)
            )
            """,
            "CREATE INDEX tax_rule_class_class ON tax_rule_class (class_id)",
            "CREATE INDEX tax_rule_rate_rate ON tax_rule_rate (rate_id)",
        ] + dialect.advanceIdentity(table: "tax_class", column: "class_id")
    }
}
