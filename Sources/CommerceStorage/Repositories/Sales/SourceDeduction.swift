import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// MSI's shipment source deduction: which sources give a shipped SKU (the priority selection
/// the source-selection endpoint serves) and taking the quantity from them.
enum SourceDeduction {
    /// The priority picks for `qty` of `sku` from the stock's enabled sources. Quantity no source
    /// covers is refused with Magento's stock error, unless backorders let the first source
    /// go below zero (MSI deducts a backordered quantity from the selected source).
    static func picks(
        sku: String, qty: Decimal, stockId: Int, backorders: Bool, on db: any SQLDatabase, engine: DatabaseEngine
    ) async throws -> [PrioritySourceSelection.Pick] {
        let sources = try await db.raw("""
            SELECT l.source_code FROM inventory_source_stock_link l JOIN inventory_source s ON s.source_code = l.source_code
            WHERE l.stock_id = \(bind: stockId) AND s.enabled = 1 ORDER BY l.priority, l.link_id
            """).all().map { try $0.decode(column: "source_code", as: String.self) }
        let items = try await db.raw("SELECT source_code, quantity, status FROM inventory_source_item WHERE sku = \(bind: sku)").all().map {
            PrioritySourceSelection.Available(
                sourceCode: try $0.decode(column: "source_code", as: String.self),
                quantity: try ExactDecimal.decode($0, column: "quantity", engine: engine),
                inStock: try $0.decode(column: "status", as: Int.self) == 1
            )
        }
        var (picks, uncovered) = PrioritySourceSelection.select(qty: qty, sources: sources, items: items)
        guard uncovered > 0 else { return picks }
        guard backorders, let first = sources.first else { throw SalesStockWriter.notAvailable }
        if let index = picks.firstIndex(where: { $0.sourceCode == first }) {
            picks[index].qtyToDeduct += uncovered
        } else {
            picks.insert(PrioritySourceSelection.Pick(sourceCode: first, qtyToDeduct: uncovered, qtyAvailable: 0), at: 0)
        }
        return picks
    }

    /// Takes `qty` from one source item. The default source is the legacy stock item's other
    /// view, so it moves through the legacy item (its in-stock flag follows the threshold) and is
    /// mirrored; another source's item changes alone.
    static func deduct(
        _ qty: Decimal, sku: String, productId: Int, from sourceCode: String,
        config: StockConfiguration, now: String, on db: any SQLDatabase, engine: DatabaseEngine
    ) async throws {
        if sourceCode == "default", var item = try await StockItemRows.load(productId: productId, on: db, engine: engine) {
            item.qty = (item.qty ?? 0) - qty
            item = StockItemRules.normalize(item, config: config, tracksQuantity: true, now: now)
            try await StockItemRows.write(item, productId: productId, on: db, engine: engine)
            try await StockItemRows.mirrorToDefaultSource(item, sku: sku, on: db, engine: engine)
        } else {
            guard let row = try await db.raw("""
                SELECT quantity FROM inventory_source_item WHERE source_code = \(bind: sourceCode) AND sku = \(bind: sku)
                """).first() else { return }
            let left = try ExactDecimal.decode(row, column: "quantity", engine: engine) - qty
            try await db.raw("""
                UPDATE inventory_source_item SET quantity = \(bind: try ExactDecimal.storable(left, engine: engine, field: "quantity"))
                WHERE source_code = \(bind: sourceCode) AND sku = \(bind: sku)
                """).run()
        }
        try await db.raw("UPDATE catalog_product SET updated_at = \(bind: now) WHERE entity_id = \(bind: productId)").run()
    }
}
