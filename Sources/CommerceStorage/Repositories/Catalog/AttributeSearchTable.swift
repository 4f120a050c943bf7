/// The searchCriteria whitelist for `GET /V1/products/attributes`.
///
/// Magento filters that list on every column of `eav_attribute` joined with
/// `catalog_eav_attribute`, and clients use the joined ones (my-magento sends `position gteq 0`
/// before every attribute update). The few we keep as columns are read directly; the rest are
/// read from the stored wire document, typed as the document types them.
enum AttributeSearchTable {
    static func make(engine: DatabaseEngine) -> SearchableTable {
        var fields: [String: SearchableField] = [
            "attribute_id": .init(column: "attribute_id", kind: .integer),
            "attribute_code": .init(column: "attribute_code", kind: .text),
            "frontend_input": .init(column: "frontend_input", kind: .text),
            "backend_type": .init(column: "backend_type", kind: .text),
            "scope": .init(column: "scope", kind: .text),
            "default_frontend_label": .init(column: "default_frontend_label", kind: .text),
            "frontend_label": .init(column: "default_frontend_label", kind: .text),
            "is_required": .init(column: "is_required", kind: .boolean),
            "is_user_defined": .init(column: "is_user_defined", kind: .boolean),
            "is_unique": .init(column: "is_unique", kind: .boolean),
            // An attribute is in any number of sets and groups.
            "attribute_set_id": .init(
                membership: "SELECT ea.attribute_set_id FROM catalog_entity_attribute ea WHERE ea.attribute_id = catalog_attribute.attribute_id",
                sortExpression: "SELECT MIN(ea.attribute_set_id) FROM catalog_entity_attribute ea WHERE ea.attribute_id = catalog_attribute.attribute_id",
                kind: .integer
            ),
            "attribute_group_id": .init(
                membership: "SELECT ea.attribute_group_id FROM catalog_entity_attribute ea WHERE ea.attribute_id = catalog_attribute.attribute_id",
                sortExpression: "SELECT MIN(ea.attribute_group_id) FROM catalog_entity_attribute ea WHERE ea.attribute_id = catalog_attribute.attribute_id",
                kind: .integer
            ),
        ]
        fields["position"] = .init(expression: number("position", engine), kind: .integer)
        for key in [
            "is_wysiwyg_enabled", "is_html_allowed_on_front", "used_for_sort_by", "is_filterable", "is_filterable_in_search",
            "is_used_in_grid", "is_visible_in_grid", "is_filterable_in_grid", "is_visible",
        ] {
            fields[key] = .init(expression: flag(key, engine), kind: .boolean)
        }
        // Magento's wire form carries these flags as strings ("1"/"0"), and so does the document.
        for key in [
            "is_searchable", "is_visible_in_advanced_search", "is_comparable", "is_used_for_promo_rules",
            "is_visible_on_front", "used_in_product_listing", "entity_type_id", "note", "backend_model",
            "source_model", "default_value", "frontend_class",
        ] {
            fields[key] = .init(expression: text(key, engine), kind: .text)
        }
        return SearchableTable(table: "catalog_attribute", primaryKey: "attribute_id", fields: fields)
    }

    // Keys are the literals above, never client text, so inlining them is safe.
    private static func text(_ key: String, _ engine: DatabaseEngine) -> String {
        switch engine {
        case .sqlite: "CAST(json_extract(catalog_attribute.document, '$.\(key)') AS TEXT)"
        case .postgres: "CAST(catalog_attribute.document AS jsonb) ->> '\(key)'"
        }
    }

    private static func number(_ key: String, _ engine: DatabaseEngine) -> String {
        switch engine {
        case .sqlite: "CAST(json_extract(catalog_attribute.document, '$.\(key)') AS INTEGER)"
        // jsonb_typeof guards the cast: a document never holds text there, but a cast error would be a 500.
        case .postgres:
            "CASE WHEN jsonb_typeof(CAST(catalog_attribute.document AS jsonb) -> '\(key)') = 'number' THEN CAST(CAST(catalog_attribute.document AS jsonb) ->> '\(key)' AS NUMERIC) END"
        }
    }

    private static func flag(_ key: String, _ engine: DatabaseEngine) -> String {
        switch engine {
        // json_extract answers JSON true/false as 1/0.
        case .sqlite: "json_extract(catalog_attribute.document, '$.\(key)')"
        case .postgres:
            "CASE CAST(catalog_attribute.document AS jsonb) ->> '\(key)' WHEN 'true' THEN 1 WHEN 'false' THEN 0 END"
        }
    }
}
