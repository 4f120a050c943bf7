extension Migration {
    /// Cart price rules and coupons. A rule's searchable fields are columns; the whole rule
    /// (labels, condition trees) is kept as its JSON document. Coupon codes are unique without
    /// regard to case, as on Magento's case-insensitive collation.
    static let salesRules = Migration(id: "0016_sales_rules") { dialect in
        [
            """
            CREATE TABLE salesrule (
                \(dialect.identityPrimaryKey("rule_id")),
                name TEXT NOT NULL,
                is_active SMALLINT NOT NULL,
                sort_order INTEGER NOT NULL,
                coupon_type TEXT NOT NULL,
                simple_action TEXT NOT NULL,
                \(dialect.decimal("discount_amount")),
                from_date TEXT,
                to_date TEXT,
                uses_per_customer INTEGER NOT NULL,
                uses_per_coupon INTEGER NOT NULL,
                times_used INTEGER NOT NULL DEFAULT 0,
                document TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE salesrule_coupon (
                \(dialect.identityPrimaryKey("coupon_id")),
                rule_id BIGINT NOT NULL REFERENCES salesrule (rule_id) ON DELETE CASCADE,
                code TEXT NOT NULL,
                usage_limit INTEGER NOT NULL DEFAULT 0,
                usage_per_customer INTEGER NOT NULL DEFAULT 0,
                times_used INTEGER NOT NULL DEFAULT 0,
                expiration_date TEXT,
                is_primary SMALLINT NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                type SMALLINT NOT NULL DEFAULT 0
            )
            """,
            "CREATE UNIQUE INDEX salesrule_coupon_code ON salesrule_coupon (UPPER(code))",
            "CREATE INDEX salesrule_coupon_rule ON salesrule_coupon (rule_id)",
        ]
    }
}
