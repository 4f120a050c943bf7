import CommerceDomain
import SQLKit

/// The searchCriteria whitelist for products in one scope: the product row's columns, and every
/// attribute as a correlated read of its value (the view's own value first, then the default).
enum ProductSearchTable {
    static func make(definitions: [String: AttributeDefinition], scope: CatalogScope, engine: DatabaseEngine) -> SearchableTable {
        var fields: [String: SearchableField] = [
            "entity_id": .init(column: "entity_id", kind: .integer),
            "id": .init(column: "entity_id", kind: .integer),
            "sku": .init(column: "sku", kind: .text),
            "attribute_set_id": .init(column: "attribute_set_id", kind: .integer),
            "type_id": .init(column: "type_id", kind: .text),
            "created_at": .init(column: "created_at", kind: .timestamp),
            "updated_at": .init(column: "updated_at", kind: .timestamp),
            "price": .init(column: "price", kind: .decimal),
            "weight": .init(column: "weight", kind: .decimal),
            "name": .init(column: "name", kind: .text),
            "status": .init(column: "status", kind: .integer),
            "visibility": .init(column: "visibility", kind: .integer),
            "category_id": .init(
                membership: "SELECT m.category_id FROM catalog_category_product m WHERE m.product_id = catalog_product.entity_id",
                sortExpression: "SELECT MIN(m.category_id) FROM catalog_category_product m WHERE m.product_id = catalog_product.entity_id",
                kind: .integer
            ),
            "website_id": .init(membership: websites(engine), sortExpression: websites(engine) + " LIMIT 1", kind: .integer),
            // A view's products are its website's; Magento's store filter with the admin view (0) keeps all.
            "store_id": .init(
                membership: "SELECT s.store_id FROM store s WHERE s.website_id IN (\(websites(engine))) UNION SELECT 0",
                sortExpression: "SELECT 0",
                kind: .integer
            ),
        ]
        if scope.storeId != 0 {
            // The row holds default values; a view's own name, status or visibility overrides it.
            for (code, cast) in [("name", ""), ("status", "INTEGER"), ("visibility", "INTEGER")] {
                let own = valueRead(code, store: scope.storeId)
                let typed = cast.isEmpty ? own : "CAST(\(own) AS \(cast))"
                fields[code] = .init(expression: "COALESCE(\(typed), catalog_product.\(code))", kind: code == "name" ? .text : .integer)
            }
        }
        let real = engine == .postgres ? "DOUBLE PRECISION" : "REAL"
        for (code, definition) in definitions where fields[code] == nil && definition.backendType != "static" {
            var read = valueRead(code, store: 0)
            if scope.storeId != 0, definition.isScopedPerView {
                read = "COALESCE(\(valueRead(code, store: scope.storeId)), \(read))"
            }
            fields[code] = definition.isNumeric
                ? .init(expression: "CAST(\(read) AS \(real))", kind: .double)
                : .init(expression: read, kind: .text)
        }
        return SearchableTable(table: "catalog_product", primaryKey: "entity_id", fields: fields)
    }

    /// The product's websites, read from `extension_attributes.website_ids` in its document
    /// (every save writes them; a product saved without them is on the main website).
    private static func websites(_ engine: DatabaseEngine) -> String {
        switch engine {
        case .sqlite:
            "SELECT CAST(j.value AS INTEGER) FROM json_each(catalog_product.document, '$.extension_attributes.website_ids') j"
        case .postgres:
            "SELECT CAST(jsonb_array_elements_text(CAST(catalog_product.document AS jsonb) -> 'extension_attributes' -> 'website_ids') AS BIGINT)"
        }
    }

    /// Codes pass `AttributeDefinition.isValidCode` before they are stored, so inlining is safe.
    private static func valueRead(_ code: String, store: Int) -> String {
        "(SELECT v.value FROM catalog_product_value v WHERE v.product_id = catalog_product.entity_id AND v.store_id = \(store) AND v.attribute_code = '\(code)')"
    }
}
