extension Migration {
    /// MSI's per-source low-quantity threshold (`notify_stock_qty` of a source item); a missing
    /// row or a NULL means the store's `cataloginventory/item_options/notify_stock_qty`.
    static let lowStockNotifications = Migration(id: "0021_low_stock_notifications") { dialect in
        [
            """
            CREATE TABLE inventory_low_stock_notification (
                source_code TEXT NOT NULL REFERENCES inventory_source (source_code) ON DELETE CASCADE,
                sku TEXT NOT NULL,
                \(dialect.decimal("notify_stock_qty", nullable: true)),
                PRIMARY KEY (source_code, sku)
            )
            """,
        ]
    }
}
