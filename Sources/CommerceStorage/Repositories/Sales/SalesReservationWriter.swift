import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// The lifecycle's stock when MSI reservations are on (`cataloginventory/magpie/reservations`):
/// placement reserves salable quantity on the order's stock without touching the sources, a
/// shipment deducts from the sources the priority selection picks and releases its reservation,
/// a cancel or an unshipped refund releases what was reserved. Runs in the transition's
/// transaction; products that hold no quantity or do not manage stock are skipped, as
/// `SalesStockWriter` skips them.
enum SalesReservationWriter {
    /// Refuses the order unless every SKU's salable quantity covers it (backorders aside), then
    /// appends `order_placed` reservations of −qty.
    static func place(_ order: Order, _ movements: [StockMovement], config: StockConfiguration, on db: any SQLDatabase) async throws {
        try await append(order, movements, event: ReservationMetadata.orderPlaced, checkingSalable: true, config: config, on: db)
    }

    /// Deducts the shipped quantities (positive) from the stock's sources in priority order and
    /// appends `shipment_created` reservations that give the placement's hold back.
    static func ship(_ order: Order, _ shipped: [StockMovement], config: StockConfiguration, now: String, on db: any SQLDatabase) async throws {
        let engine = DatabaseEngine(dialectOf: db)
        let stockId = try await ReservationRows.stockId(storeId: order.storeId, on: db)
        var reservations: [Reservation] = []
        for movement in SalesStockWriter.merged(shipped) {
            guard let product = try await managed(movement.sku, config: config, on: db, engine: engine) else { continue }
            var picks = try await SourceDeduction.picks(
                sku: product.sku, qty: movement.qty, stockId: stockId, backorders: product.settings.backorders != 0, on: db, engine: engine
            )
            picks.removeAll { $0.qtyToDeduct == 0 }
            for pick in picks {
                try await SourceDeduction.deduct(
                    pick.qtyToDeduct, sku: product.sku, productId: product.id, from: pick.sourceCode, config: config, now: now, on: db, engine: engine
                )
            }
            reservations.append(Reservation(
                stockId: stockId, sku: product.sku, quantity: movement.qty, metadata: metadata(order, ReservationMetadata.shipmentCreated)
            ))
        }
        try await ReservationRows.append(reservations, on: db, engine: engine)
    }

    /// Appends reservations of +qty for held quantity that will no longer ship (a cancel, an
    /// unshipped refund); the sources are untouched, the goods never left them.
    static func release(_ order: Order, _ movements: [StockMovement], event: String, config: StockConfiguration, on db: any SQLDatabase) async throws {
        try await append(order, movements, event: event, checkingSalable: false, config: config, on: db)
    }

    /// One reservation per SKU on the order's stock; when taking (`checkingSalable`), the stock's
    /// salable quantity (source + reservations − threshold) must cover it unless backorders are on.
    static func append(
        _ order: Order, _ movements: [StockMovement], event: String, checkingSalable: Bool, config: StockConfiguration, on db: any SQLDatabase
    ) async throws {
        let engine = DatabaseEngine(dialectOf: db)
        let stockId = try await ReservationRows.stockId(storeId: order.storeId, on: db)
        var reservations: [Reservation] = []
        for movement in SalesStockWriter.merged(movements) {
            guard let product = try await managed(movement.sku, config: config, on: db, engine: engine) else { continue }
            if checkingSalable, product.settings.backorders == 0 {
                // Appending locks no row, so two placements could both read the same sum and
                // oversell; on PostgreSQL the product's stock row serializes them, as checkout's
                // lock does (SQLite has one writer already).
                if engine == .postgres {
                    try await db.raw("SELECT item_id FROM catalog_stock_item WHERE product_id = \(bind: product.id) FOR UPDATE").run()
                }
                let source = try await ReservationRows.sourceQuantity(sku: product.sku, stockId: stockId, on: db, engine: engine)
                let reserved = try await ReservationRows.sum(sku: product.sku, stockId: stockId, on: db, engine: engine)
                if source + reserved - product.settings.minQty < -movement.qty { throw SalesStockWriter.notAvailable }
            }
            reservations.append(Reservation(stockId: stockId, sku: product.sku, quantity: movement.qty, metadata: metadata(order, event)))
        }
        try await ReservationRows.append(reservations, on: db, engine: engine)
    }

    /// MSI's metadata names the order for every sales event, shipments and credit memos included.
    static func metadata(_ order: Order, _ event: String) -> ReservationMetadata {
        ReservationMetadata(eventType: event, objectId: order.entityId.map(String.init) ?? "", objectIncrementId: order.incrementId ?? "")
    }

    /// The catalog product behind a SKU when it holds quantity and manages stock.
    static func managed(
        _ sku: String, config: StockConfiguration, on db: any SQLDatabase, engine: DatabaseEngine
    ) async throws -> (id: Int, sku: String, settings: StockItemRules.Effective)? {
        guard let row = try await db.raw("""
            SELECT entity_id, sku, type_id FROM catalog_product WHERE sku_key = \(bind: sku.lowercased())
            """).first() else { return nil }
        let productId = try row.decode(column: "entity_id", as: Int.self)
        guard SQLProductRepository.quantityTypes.contains(try row.decode(column: "type_id", as: String.self)) else { return nil }
        let item = try await StockItemRows.load(productId: productId, on: db, engine: engine) ?? StockItemRows.fresh(productId: productId, config: config)
        let settings = StockItemRules.effective(item, config)
        guard settings.manageStock else { return nil }
        return (productId, try row.decode(column: "sku", as: String.self), settings)
    }
}
