extension Migration {
    /// The tables a cart's price depends on, besides its products: cart price rules, coupons and
    /// the tax tables. Every process caches them (`PricingTablesCache`) under the version in
    /// `magpie_cache_version`, which triggers bump in whichever transaction writes these tables,
    /// so a cache is checked against one row and a write by any process or tool is seen on the
    /// next read, by this process and every other.
    static let pricingTables = ["salesrule", "salesrule_coupon", "tax_class", "tax_rate", "tax_rule", "tax_rule_class", "tax_rule_rate"]

    static let pricingVersion = Migration(id: "0019_pricing_version") { dialect in
        let bump = "UPDATE magpie_cache_version SET version = version + 1 WHERE name = 'pricing'"
        var statements = [
            "CREATE TABLE magpie_cache_version (name TEXT PRIMARY KEY, version BIGINT NOT NULL)",
            "INSERT INTO magpie_cache_version (name, version) VALUES ('pricing', 0)",
        ]
        switch dialect.engine {
        case .sqlite:
            for table in pricingTables {
                for operation in ["INSERT", "UPDATE", "DELETE"] {
                    statements.append("""
                        CREATE TRIGGER magpie_pricing_\(table)_\(operation.lowercased()) AFTER \(operation) ON \(table)
                        BEGIN \(bump); END
                        """)
                }
            }
        case .postgres:
            statements.append("""
                CREATE FUNCTION magpie_bump_pricing_version() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN \(bump); RETURN NULL; END $$
                """)
            for table in pricingTables {
                statements.append("""
                    CREATE TRIGGER magpie_pricing_\(table) AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \(table)
                    FOR EACH STATEMENT EXECUTE FUNCTION magpie_bump_pricing_version()
                    """)
            }
        }
        return statements
    }
}
