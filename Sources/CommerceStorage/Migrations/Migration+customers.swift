import CommerceDomain
import MagentoWire

extension Migration {
    /// Customer groups (seeded with Magento's 0–3), customer accounts and their addresses.
    ///
    /// An account is one row: the fields searches, sorts and uniqueness need as columns, the
    /// secrets (password hash, reset token, token-revocation marker) in columns that are never
    /// sent, and `custom_attributes`/`extension_attributes` as a JSON `document`. Each address is
    /// a row holding its wire document. `email_key` is the lowercased email: Magento's email
    /// uniqueness per website is case-insensitive.
    static let customers = Migration(id: "0013_customers") { dialect in
        [
            """
            CREATE TABLE customer_group (
                \(dialect.identityPrimaryKey("customer_group_id")),
                customer_group_code TEXT NOT NULL UNIQUE,
                tax_class_id INTEGER NOT NULL DEFAULT 3
            )
            """,
            """
            CREATE TABLE customer_entity (
                \(dialect.identityPrimaryKey("entity_id")),
                website_id INTEGER NOT NULL,
                store_id INTEGER NOT NULL,
                group_id INTEGER NOT NULL REFERENCES customer_group (customer_group_id),
                email TEXT NOT NULL,
                email_key TEXT NOT NULL,
                firstname TEXT NOT NULL,
                lastname TEXT NOT NULL,
                middlename TEXT,
                prefix TEXT,
                suffix TEXT,
                dob TEXT,
                gender INTEGER,
                taxvat TEXT,
                created_in TEXT,
                default_billing BIGINT,
                default_shipping BIGINT,
                disable_auto_group_change SMALLINT NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                password_hash TEXT,
                rp_token TEXT,
                rp_token_created_at TEXT,
                tokens_revoked_at TEXT,
                document TEXT NOT NULL,
                UNIQUE (website_id, email_key)
            )
            """,
            "CREATE INDEX customer_entity_group ON customer_entity (group_id)",
            """
            CREATE TABLE customer_address (
                \(dialect.identityPrimaryKey("entity_id")),
                customer_id BIGINT NOT NULL REFERENCES customer_entity (entity_id) ON DELETE CASCADE,
                document TEXT NOT NULL
            )
            """,
            "CREATE INDEX customer_address_customer ON customer_address (customer_id, entity_id)",
        ] + CustomerGroups.seeded.map { group in
            """
            INSERT INTO customer_group (customer_group_id, customer_group_code, tax_class_id)
            VALUES (\(group.id ?? 0), '\(group.code ?? "")', \(group.taxClassId ?? CustomerGroups.retailTaxClassId))
            """
        } + dialect.advanceIdentity(table: "customer_group", column: "customer_group_id")
    }
}
