/// The searchCriteria whitelists of the sales tables: wire field name to column.
enum SalesTables {
    static let orders = SearchableTable(table: "sales_order", primaryKey: "entity_id", fields: [
        "entity_id": SearchableField(column: "entity_id", kind: .integer),
        "increment_id": SearchableField(column: "increment_id", kind: .text),
        "state": SearchableField(column: "state", kind: .text),
        "status": SearchableField(column: "status", kind: .text),
        "store_id": SearchableField(column: "store_id", kind: .integer),
        "customer_id": SearchableField(column: "customer_id", kind: .integer),
        "customer_email": SearchableField(column: "customer_email", kind: .text),
        "grand_total": SearchableField(column: "grand_total", kind: .decimal),
        "base_grand_total": SearchableField(column: "grand_total", kind: .decimal),
        "created_at": SearchableField(column: "created_at", kind: .timestamp),
        "updated_at": SearchableField(column: "updated_at", kind: .timestamp),
    ])

    static let items = SearchableTable(table: "sales_order_item", primaryKey: "item_id", fields: [
        "item_id": SearchableField(column: "item_id", kind: .integer),
        "order_id": SearchableField(column: "order_id", kind: .integer),
        "parent_item_id": SearchableField(column: "parent_item_id", kind: .integer),
        "store_id": SearchableField(column: "store_id", kind: .integer),
        "sku": SearchableField(column: "sku", kind: .text),
        "product_id": SearchableField(column: "product_id", kind: .integer),
        "product_type": SearchableField(column: "product_type", kind: .text),
        "created_at": SearchableField(column: "created_at", kind: .timestamp),
        "updated_at": SearchableField(column: "updated_at", kind: .timestamp),
    ])

    static let invoices = SearchableTable(table: "sales_invoice", primaryKey: "entity_id", fields: documentFields(extra: [
        "state": SearchableField(column: "state", kind: .integer),
        "grand_total": SearchableField(column: "grand_total", kind: .decimal),
    ]))

    static let shipments = SearchableTable(table: "sales_shipment", primaryKey: "entity_id", fields: documentFields(extra: [:]))

    static let creditmemos = SearchableTable(table: "sales_creditmemo", primaryKey: "entity_id", fields: documentFields(extra: [
        "state": SearchableField(column: "state", kind: .integer),
        "invoice_id": SearchableField(column: "invoice_id", kind: .integer),
        "grand_total": SearchableField(column: "grand_total", kind: .decimal),
    ]))

    private static func documentFields(extra: [String: SearchableField]) -> [String: SearchableField] {
        [
            "entity_id": SearchableField(column: "entity_id", kind: .integer),
            "order_id": SearchableField(column: "order_id", kind: .integer),
            "increment_id": SearchableField(column: "increment_id", kind: .text),
            "store_id": SearchableField(column: "store_id", kind: .integer),
            "created_at": SearchableField(column: "created_at", kind: .timestamp),
            "updated_at": SearchableField(column: "updated_at", kind: .timestamp),
        ].merging(extra) { _, new in new }
    }
}
