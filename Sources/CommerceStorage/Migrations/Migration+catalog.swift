import Foundation
import CommerceDomain
import MagentoWire

extension Migration {
    /// The catalog: product attributes with their options, attribute sets and groups, products,
    /// their per-store values, categories with product links, and legacy stock items. Seeds
    /// Magento's standard attributes in the default set 4 and the category roots 1 and 2.
    ///
    /// A product is one row holding its default-scope document (everything the wire shape carries
    /// except stock) plus columns for the fields searches and sorts use most. Every attribute
    /// value is also a `catalog_product_value` row (store 0 for defaults, a view id for that view's
    /// overrides), which is what searchCriteria on `custom_attributes` and store-view reads use.
    static let catalog = Migration(id: "0008_catalog") { dialect in
        [
            """
            CREATE TABLE catalog_attribute (
                attribute_id BIGINT PRIMARY KEY,
                attribute_code TEXT NOT NULL UNIQUE,
                frontend_input TEXT NOT NULL,
                backend_type TEXT NOT NULL,
                scope TEXT NOT NULL,
                default_frontend_label TEXT,
                is_required SMALLINT NOT NULL DEFAULT 0,
                is_user_defined SMALLINT NOT NULL DEFAULT 1,
                is_unique SMALLINT NOT NULL DEFAULT 0,
                document TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE catalog_attribute_option (
                \(dialect.identityPrimaryKey("option_id")),
                attribute_id BIGINT NOT NULL REFERENCES catalog_attribute (attribute_id) ON DELETE CASCADE,
                label TEXT NOT NULL,
                sort_order INTEGER NOT NULL DEFAULT 0,
                is_default SMALLINT NOT NULL DEFAULT 0,
                store_labels TEXT
            )
            """,
            "CREATE INDEX catalog_attribute_option_attribute ON catalog_attribute_option (attribute_id, sort_order)",
            """
            CREATE TABLE catalog_attribute_set (
                \(dialect.identityPrimaryKey("attribute_set_id")),
                attribute_set_name TEXT NOT NULL,
                sort_order INTEGER NOT NULL DEFAULT 0,
                entity_type_id INTEGER NOT NULL DEFAULT 4,
                UNIQUE (entity_type_id, attribute_set_name)
            )
            """,
            """
            CREATE TABLE catalog_attribute_group (
                \(dialect.identityPrimaryKey("attribute_group_id")),
                attribute_set_id BIGINT NOT NULL REFERENCES catalog_attribute_set (attribute_set_id) ON DELETE CASCADE,
                attribute_group_name TEXT NOT NULL,
                attribute_group_code TEXT NOT NULL,
                sort_order INTEGER NOT NULL DEFAULT 0,
                UNIQUE (attribute_set_id, attribute_group_name)
            )
            """,
            """
            CREATE TABLE catalog_entity_attribute (
                \(dialect.identityPrimaryKey("entity_attribute_id")),
                attribute_set_id BIGINT NOT NULL REFERENCES catalog_attribute_set (attribute_set_id) ON DELETE CASCADE,
                attribute_group_id BIGINT NOT NULL REFERENCES catalog_attribute_group (attribute_group_id) ON DELETE CASCADE,
                attribute_id BIGINT NOT NULL REFERENCES catalog_attribute (attribute_id) ON DELETE CASCADE,
                sort_order INTEGER NOT NULL DEFAULT 0,
                UNIQUE (attribute_set_id, attribute_id)
            )
            """,
            """
            CREATE TABLE catalog_product (
                \(dialect.identityPrimaryKey("entity_id")),
                sku TEXT NOT NULL,
                sku_key TEXT NOT NULL UNIQUE,
                attribute_set_id INTEGER NOT NULL,
                type_id TEXT NOT NULL,
                name TEXT,
                \(dialect.decimal("price", nullable: true)),
                status INTEGER NOT NULL DEFAULT 1,
                visibility INTEGER NOT NULL DEFAULT 4,
                \(dialect.decimal("weight", nullable: true)),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                document TEXT NOT NULL
            )
            """,
            "CREATE INDEX catalog_product_price ON catalog_product (price)",
            "CREATE INDEX catalog_product_name ON catalog_product (name)",
            "CREATE INDEX catalog_product_updated ON catalog_product (updated_at)",
            "CREATE INDEX catalog_product_type ON catalog_product (type_id, status)",
            """
            CREATE TABLE catalog_product_value (
                product_id BIGINT NOT NULL REFERENCES catalog_product (entity_id) ON DELETE CASCADE,
                store_id INTEGER NOT NULL,
                attribute_code TEXT NOT NULL,
                value TEXT,
                PRIMARY KEY (product_id, store_id, attribute_code)
            )
            """,
            "CREATE INDEX catalog_product_value_lookup ON catalog_product_value (attribute_code, store_id, value)",
            """
            CREATE TABLE catalog_category (
                \(dialect.identityPrimaryKey("entity_id")),
                parent_id BIGINT NOT NULL,
                path TEXT NOT NULL,
                position INTEGER NOT NULL,
                level INTEGER NOT NULL,
                name TEXT NOT NULL,
                is_active SMALLINT NOT NULL DEFAULT 1,
                include_in_menu SMALLINT NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                document TEXT NOT NULL
            )
            """,
            "CREATE INDEX catalog_category_parent ON catalog_category (parent_id, position)",
            """
            CREATE TABLE catalog_category_product (
                category_id BIGINT NOT NULL REFERENCES catalog_category (entity_id) ON DELETE CASCADE,
                product_id BIGINT NOT NULL REFERENCES catalog_product (entity_id) ON DELETE CASCADE,
                position INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (category_id, product_id)
            )
            """,
            "CREATE INDEX catalog_category_product_product ON catalog_category_product (product_id)",
            // Legacy single-stock items (stock 1). Quantity and status mirror the default source's
            // source item; the rest of the item's settings ride in `settings`.
            """
            CREATE TABLE catalog_stock_item (
                \(dialect.identityPrimaryKey("item_id")),
                product_id BIGINT NOT NULL UNIQUE REFERENCES catalog_product (entity_id) ON DELETE CASCADE,
                \(dialect.decimal("qty", nullable: true)),
                is_in_stock SMALLINT NOT NULL DEFAULT 0,
                low_stock_date TEXT,
                settings TEXT NOT NULL
            )
            """,
            "CREATE INDEX catalog_stock_item_qty ON catalog_stock_item (qty)",
            // Ids handed out inside product documents (custom options, option values, media
            // entries): unique across the catalog, as Magento's auto-increment ids are.
            "CREATE TABLE catalog_sequence (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
            "INSERT INTO catalog_sequence (name, value) VALUES ('option', 0), ('option_value', 0), ('media', 0), ('configurable_option', 0)",
        ] + seedStatements() + dialect.advanceIdentity(table: "catalog_attribute_set", column: "attribute_set_id")
            + dialect.advanceIdentity(table: "catalog_attribute_group", column: "attribute_group_id")
            + dialect.advanceIdentity(table: "catalog_category", column: "entity_id")
    }

    /// Magento's standard attributes in set 4, their seeded options, and the category roots.
    private static func seedStatements() -> [String] {
        var statements = [
            "INSERT INTO catalog_attribute_set (attribute_set_id, attribute_set_name, sort_order, entity_type_id) VALUES (4, 'Default', 2, 4)",
        ]
        for group in StandardAttributes.groups {
            statements.append("""
                INSERT INTO catalog_attribute_group (attribute_group_id, attribute_set_id, attribute_group_name, attribute_group_code, sort_order)
                VALUES (\(group.id), 4, \(sqlText(group.name)), \(sqlText(group.code)), \(group.sort))
                """)
        }
        for (index, entry) in StandardAttributes.entries.enumerated() {
            statements += attributeStatements(entry, sortOrder: index)
        }
        let epoch = "'2026-01-01 00:00:00'"
        statements += [
            """
            INSERT INTO catalog_category (entity_id, parent_id, path, position, level, name, is_active, include_in_menu, created_at, updated_at, document)
            VALUES (1, 0, '1', 0, 0, 'Root Catalog', 1, 1, \(epoch), \(epoch), '{}')
            """,
            """
            INSERT INTO catalog_category (entity_id, parent_id, path, position, level, name, is_active, include_in_menu, created_at, updated_at, document)
            VALUES (2, 1, '1/2', 1, 1, 'Default Category', 1, 1, \(epoch), \(epoch), '{}')
            """,
        ]
        return statements
    }

    /// One standard attribute: its row, its place in set 4, and its seeded options.
    static func attributeStatements(_ entry: StandardAttributes.Entry, sortOrder: Int) -> [String] {
        let definition = entry.definition
        let document = (try? MagentoEncoder().encode(StandardAttributes.wire(entry)).jsonString) ?? "{}"
        var statements = ["""
            INSERT INTO catalog_attribute (attribute_id, attribute_code, frontend_input, backend_type, scope,
                default_frontend_label, is_required, is_user_defined, is_unique, document)
            VALUES (\(definition.id), \(sqlText(definition.code)), \(sqlText(definition.frontendInput)),
                \(sqlText(definition.backendType)), \(sqlText(definition.scope.rawValue)), \(sqlText(entry.label)),
                \(definition.isRequired ? 1 : 0), \(entry.isUserDefined ? 1 : 0), \(definition.isUnique ? 1 : 0), \(sqlText(document)))
            """]
        let groupId = StandardAttributes.groups.first { $0.name == entry.group }?.id ?? 7
        statements.append("""
            INSERT INTO catalog_entity_attribute (attribute_set_id, attribute_group_id, attribute_id, sort_order)
            VALUES (4, \(groupId), \(definition.id), \(sortOrder))
            """)
        for (order, label) in entry.seededOptions.enumerated() {
            statements.append("""
                INSERT INTO catalog_attribute_option (attribute_id, label, sort_order) VALUES (\(definition.id), \(sqlText(label)), \(order))
                """)
        }
        return statements
    }

    /// A SQL string literal for seed text we wrote ourselves (quotes doubled).
    static func sqlText(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
