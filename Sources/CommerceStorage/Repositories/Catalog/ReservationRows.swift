import CommerceDomain
import Foundation
import SQLKit

/// Reading and appending MSI's `inventory_reservation` ledger, and the stock quantities salable
/// quantity is made of, inside the caller's transaction or read.
enum ReservationRows {
    /// Appends the rows; the ledger is never updated in place, as in MSI.
    static func append(_ reservations: [Reservation], on db: any SQLDatabase, engine: DatabaseEngine) async throws {
        for reservation in reservations where reservation.quantity != 0 {
            try await db.raw("""
                INSERT INTO inventory_reservation (stock_id, sku, quantity, metadata)
                VALUES (\(bind: reservation.stockId), \(bind: reservation.sku),
                    \(bind: try ExactDecimal.storable(reservation.quantity, engine: engine, field: "quantity")), \(bind: reservation.metadata.json))
                """).run()
        }
    }

    /// The sum of a SKU's reservations on a stock (negative while orders hold quantity).
    static func sum(sku: String, stockId: Int, on db: any SQLDatabase, engine: DatabaseEngine) async throws -> Decimal {
        guard let row = try await db.raw("""
            SELECT COALESCE(SUM(quantity), 0) AS total FROM inventory_reservation WHERE stock_id = \(bind: stockId) AND sku = \(bind: sku)
            """).first() else { return 0 }
        return try ExactDecimal.decode(row, column: "total", engine: engine)
    }

    /// The quantity of the SKU's in-stock source items at the stock's enabled sources.
    static func sourceQuantity(sku: String, stockId: Int, on db: any SQLDatabase, engine: DatabaseEngine) async throws -> Decimal {
        var total: Decimal = 0
        for source in try await db.raw("""
            SELECT si.quantity FROM inventory_source_item si
            JOIN inventory_source_stock_link l ON l.source_code = si.source_code
            JOIN inventory_source s ON s.source_code = si.source_code
            WHERE l.stock_id = \(bind: stockId) AND si.sku = \(bind: sku) AND si.status = 1 AND s.enabled = 1
            """).all() {
            total += try ExactDecimal.decode(source, column: "quantity", engine: engine)
        }
        return total
    }

    /// The stock serving a store view: the one its website is assigned to as a sales channel,
    /// else the default stock 1.
    static func stockId(storeId: Int?, on db: any SQLDatabase) async throws -> Int {
        guard let storeId, let row = try await db.raw("""
            SELECT c.stock_id FROM store s
            JOIN store_website w ON w.website_id = s.website_id
            JOIN inventory_stock_sales_channel c ON c.type = 'website' AND c.code = w.code
            WHERE s.store_id = \(bind: storeId)
            """).first() else { return 1 }
        return try row.decode(column: "stock_id", as: Int.self)
    }
}
