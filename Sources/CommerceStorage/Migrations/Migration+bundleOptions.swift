import CommerceDomain

extension Migration {
    /// Bundle products: their options and each option's selections as rows with their own
    /// auto-increment ids (Magento's `catalog_product_bundle_option` and `…_selection`), so ids
    /// stay stable across edits and a selection can be addressed alone
    /// (`PUT /V1/bundle-products/:sku/links/:id`). Also adds the Bundle module's product attributes
    /// (`price_type`, `sku_type`, `price_view`, `shipment_type`) to set 4.
    static let bundleOptions = Migration(id: "0022_bundle_options") { dialect in
        [
            """
            CREATE TABLE catalog_bundle_option (
                \(dialect.identityPrimaryKey("option_id")),
                parent_id BIGINT NOT NULL REFERENCES catalog_product (entity_id) ON DELETE CASCADE,
                title TEXT NOT NULL,
                required SMALLINT NOT NULL DEFAULT 0,
                type TEXT NOT NULL,
                position INTEGER NOT NULL DEFAULT 0
            )
            """,
            "CREATE INDEX catalog_bundle_option_parent ON catalog_bundle_option (parent_id, position)",
            """
            CREATE TABLE catalog_bundle_selection (
                \(dialect.identityPrimaryKey("selection_id")),
                option_id BIGINT NOT NULL REFERENCES catalog_bundle_option (option_id) ON DELETE CASCADE,
                parent_product_id BIGINT NOT NULL REFERENCES catalog_product (entity_id) ON DELETE CASCADE,
                product_id BIGINT NOT NULL REFERENCES catalog_product (entity_id) ON DELETE CASCADE,
                position INTEGER NOT NULL DEFAULT 0,
                is_default SMALLINT NOT NULL DEFAULT 0,
                price_type SMALLINT NOT NULL DEFAULT 0,
                \(dialect.decimal("price")),
                \(dialect.decimal("qty")),
                can_change_qty SMALLINT NOT NULL DEFAULT 0,
                UNIQUE (option_id, product_id)
            )
            """,
            "CREATE INDEX catalog_bundle_selection_parent ON catalog_bundle_selection (parent_product_id, position)",
            "CREATE INDEX catalog_bundle_selection_product ON catalog_bundle_selection (product_id)",
        ] + StandardAttributes.bundleEntries.enumerated().flatMap { index, entry in
            attributeStatements(entry, sortOrder: StandardAttributes.entries.count + index)
        }
    }
}
