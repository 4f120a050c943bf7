extension Migration {
    /// The full-text index of the storefront search (GraphQL `products(search:)`): one document
    /// per product for the default values (store 0) and one per store view that has its own name
    /// or description, over name, SKU and description.
    ///
    /// Triggers on `catalog_product` and `catalog_product_value` rebuild a product's documents in
    /// the transaction that writes it, so every write path (REST save, bulk, delete, store-view
    /// values, seeding) keeps the index current without the repositories knowing of it.
    /// - SQLite: an FTS5 table whose rowid is `product_id * 4096 + store_id` (store ids below
    ///   4096), so a product's documents are one rowid range and a view's document is found from
    ///   the default one by adding the store id.
    /// - PostgreSQL: a `tsvector` per document (name weighted A, SKU B, description C, the
    ///   `simple` configuration: no stemming, so prefixes match as typed) under a GIN index.
    /// Both cut words at anything but letters and digits, as `CatalogFullText` cuts the search text.
    static let catalogSearch = Migration(id: "0020_catalog_search") { dialect in
        switch dialect.engine {
        case .sqlite: sqliteCatalogSearch
        case .postgres: postgresCatalogSearch
        }
    }

    /// Rows of (product id, store id, name, sku, description): one product's, or every product's.
    static func catalogSearchDocuments(product: String?) -> String {
        let value = { (code: String, store: String) in
            "(SELECT v.value FROM catalog_product_value v WHERE v.product_id = p.entity_id AND v.store_id = \(store) AND v.attribute_code = '\(code)')"
        }
        let condition = product.map { "p.entity_id = \($0)" } ?? "1 = 1"
        let ownValues = product.map { "product_id = \($0) AND " } ?? ""
        return """
            SELECT p.entity_id AS product_id, 0 AS store_id, p.name AS name, p.sku AS sku, \(value("description", "0")) AS description
            FROM catalog_product p WHERE \(condition)
            UNION ALL
            SELECT p.entity_id, s.store_id, COALESCE(\(value("name", "s.store_id")), p.name), p.sku,
                COALESCE(\(value("description", "s.store_id")), \(value("description", "0")))
            FROM catalog_product p JOIN (
                SELECT DISTINCT product_id, store_id FROM catalog_product_value
                WHERE \(ownValues)store_id > 0 AND attribute_code IN ('name', 'description')
            ) s ON s.product_id = p.entity_id
            WHERE \(condition)
            """
    }

    static var sqliteCatalogSearch: [String] {
        func refresh(_ product: String) -> String {
            """
            DELETE FROM catalog_product_fts WHERE rowid >= \(product) * 4096 AND rowid < (\(product) + 1) * 4096;
            INSERT INTO catalog_product_fts (rowid, name, sku, description)
                SELECT product_id * 4096 + store_id, name, sku, description FROM (\(catalogSearchDocuments(product: product)));
            """
        }
        let searched = "IN ('name', 'description')"
        return [
            "CREATE VIRTUAL TABLE catalog_product_fts USING fts5(name, sku, description, tokenize = 'unicode61 remove_diacritics 2')",
            """
            INSERT INTO catalog_product_fts (rowid, name, sku, description)
                SELECT product_id * 4096 + store_id, name, sku, description FROM (\(catalogSearchDocuments(product: nil)))
            """,
            "CREATE TRIGGER catalog_product_fts_insert AFTER INSERT ON catalog_product BEGIN \(refresh("NEW.entity_id")) END",
            "CREATE TRIGGER catalog_product_fts_update AFTER UPDATE OF entity_id, name, sku ON catalog_product BEGIN \(refresh("OLD.entity_id")) \(refresh("NEW.entity_id")) END",
            "CREATE TRIGGER catalog_product_fts_delete AFTER DELETE ON catalog_product BEGIN \(refresh("OLD.entity_id")) END",
            "CREATE TRIGGER catalog_product_fts_value_insert AFTER INSERT ON catalog_product_value WHEN NEW.attribute_code \(searched) BEGIN \(refresh("NEW.product_id")) END",
            """
            CREATE TRIGGER catalog_product_fts_value_update AFTER UPDATE ON catalog_product_value
            WHEN NEW.attribute_code \(searched) OR OLD.attribute_code \(searched) BEGIN \(refresh("OLD.product_id")) \(refresh("NEW.product_id")) END
            """,
            "CREATE TRIGGER catalog_product_fts_value_delete AFTER DELETE ON catalog_product_value WHEN OLD.attribute_code \(searched) BEGIN \(refresh("OLD.product_id")) END",
        ]
    }

    static var postgresCatalogSearch: [String] {
        // Words are cut at anything but letters and digits, as the search text is
        // (`CatalogFullText`), rather than by the parser's rules (`LAMP-4` would give `-4`).
        let words = { (column: String) in "to_tsvector('simple', regexp_replace(COALESCE(\(column), ''), '[^[:alnum:]]+', ' ', 'g'))" }
        let document = "setweight(\(words("d.name")), 'A') || setweight(\(words("d.sku")), 'B') || setweight(\(words("d.description")), 'C')"
        return [
            """
            CREATE TABLE catalog_product_search (
                product_id BIGINT NOT NULL, store_id INTEGER NOT NULL, document TSVECTOR NOT NULL,
                PRIMARY KEY (product_id, store_id)
            )
            """,
            "CREATE INDEX catalog_product_search_document ON catalog_product_search USING GIN (document)",
            """
            CREATE FUNCTION catalog_product_search_refresh(product BIGINT) RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
                DELETE FROM catalog_product_search WHERE product_id = product;
                INSERT INTO catalog_product_search (product_id, store_id, document)
                    SELECT d.product_id, d.store_id, \(document) FROM (\(catalogSearchDocuments(product: "product"))) d;
            END $$
            """,
            """
            CREATE FUNCTION catalog_product_search_on_product() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' THEN PERFORM catalog_product_search_refresh(OLD.entity_id); END IF;
                IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR OLD.entity_id <> NEW.entity_id) THEN
                    PERFORM catalog_product_search_refresh(NEW.entity_id);
                END IF;
                RETURN NULL;
            END $$
            """,
            """
            CREATE FUNCTION catalog_product_search_on_value() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' AND OLD.attribute_code IN ('name', 'description') THEN
                    PERFORM catalog_product_search_refresh(OLD.product_id);
                END IF;
                IF TG_OP <> 'DELETE' AND NEW.attribute_code IN ('name', 'description') THEN
                    PERFORM catalog_product_search_refresh(NEW.product_id);
                END IF;
                RETURN NULL;
            END $$
            """,
            """
            INSERT INTO catalog_product_search (product_id, store_id, document)
                SELECT d.product_id, d.store_id, \(document) FROM (\(catalogSearchDocuments(product: nil))) d
            """,
            """
            CREATE TRIGGER catalog_product_search_product AFTER INSERT OR DELETE OR UPDATE OF entity_id, name, sku ON catalog_product
            FOR EACH ROW EXECUTE FUNCTION catalog_product_search_on_product()
            """,
            """
            CREATE TRIGGER catalog_product_search_value AFTER INSERT OR UPDATE OR DELETE ON catalog_product_value
            FOR EACH ROW EXECUTE FUNCTION catalog_product_search_on_value()
            """,
        ]
    }
}
