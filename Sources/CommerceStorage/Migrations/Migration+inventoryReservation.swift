extension Migration {
    /// MSI's reservations: an append-only ledger of quantity held per stock and SKU (negative at
    /// placement, compensated by shipment, cancel or credit memo). Salable quantity is the
    /// stock's source quantity plus the sum of these rows. Written only when the store setting
    /// `cataloginventory/magpie/reservations` is on (docs/differences.md).
    static let inventoryReservation = Migration(id: "0029_inventory_reservation") { dialect in
        [
            """
            CREATE TABLE inventory_reservation (
                \(dialect.identityPrimaryKey("reservation_id")),
                stock_id INTEGER NOT NULL,
                sku TEXT NOT NULL,
                \(dialect.decimal("quantity")),
                metadata TEXT
            )
            """,
            // MSI's index: the salable sum reads by stock and SKU.
            "CREATE INDEX inventory_reservation_stock_sku ON inventory_reservation (stock_id, sku)",
        ]
    }
}
