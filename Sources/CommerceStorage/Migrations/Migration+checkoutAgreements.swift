extension Migration {
    /// Magento's `checkout_agreement` and its store-view links (0: every view).
    static let checkoutAgreements = Migration(id: "0025_checkout_agreements") { dialect in
        [
            """
            CREATE TABLE checkout_agreement (
                \(dialect.identityPrimaryKey("agreement_id")),
                name TEXT NOT NULL,
                content TEXT NOT NULL,
                content_height TEXT,
                checkbox_text TEXT NOT NULL,
                is_active SMALLINT NOT NULL DEFAULT 0,
                is_html SMALLINT NOT NULL DEFAULT 0,
                mode SMALLINT NOT NULL DEFAULT 0
            )
            """,
            """
            CREATE TABLE checkout_agreement_store (
                agreement_id BIGINT NOT NULL REFERENCES checkout_agreement (agreement_id) ON DELETE CASCADE,
                store_id INTEGER NOT NULL,
                PRIMARY KEY (agreement_id, store_id)
            )
            """,
        ]
    }
}
