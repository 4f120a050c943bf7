import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Reading and writing legacy stock items, and keeping the default source's source item in step
/// (Magento's legacy stock and MSI's default source are two views of one quantity).
enum StockItemRows {
    /// A product's item before anything was set: quantity 0, out of stock, every setting from config.
    static func fresh(productId: Int, config: StockConfiguration) -> StockItem {
        var item = StockItem()
        item.productId = productId
        item.stockId = 1
        item.qty = 0
        item.isInStock = false
        item.isQtyDecimal = false
        item.showDefaultNotificationMessage = false
        item.useConfigMinQty = true
        item.minQty = config.minQty
        item.useConfigMinSaleQty = 1
        item.minSaleQty = config.minSaleQty
        item.useConfigMaxSaleQty = true
        item.maxSaleQty = config.maxSaleQty
        item.useConfigBackorders = true
        item.backorders = config.backorders
        item.useConfigNotifyStockQty = true
        item.notifyStockQty = config.notifyStockQty
        item.useConfigQtyIncrements = true
        item.qtyIncrements = config.qtyIncrements
        item.useConfigEnableQtyInc = true
        item.enableQtyIncrements = config.enableQtyIncrements
        item.useConfigManageStock = true
        item.manageStock = config.manageStock
        item.isDecimalDivided = false
        item.stockStatusChangedAuto = 0
        return item
    }

    static func item(from row: any SQLRow, engine: DatabaseEngine) throws -> StockItem {
        var item = try MagentoDecoder().decode(StockItem.self, from: try JSONValue.parse(try row.decode(column: "settings", as: String.self)))
        item.itemId = try row.decode(column: "item_id", as: Int.self)
        item.productId = try row.decode(column: "product_id", as: Int.self)
        item.stockId = 1
        item.qty = try row.decodeNil(column: "qty") ? nil : try ExactDecimal.decode(row, column: "qty", engine: engine)
        item.isInStock = try row.decode(column: "is_in_stock", as: Int.self) == 1
        item.lowStockDate = try row.decode(column: "low_stock_date", as: String?.self)
        return item
    }

    static func load(productId: Int, on db: any SQLDatabase, engine: DatabaseEngine) async throws -> StockItem? {
        try await db.raw("SELECT * FROM catalog_stock_item WHERE product_id = \(bind: productId)").first()
            .map { try item(from: $0, engine: engine) }
    }

    /// Inserts or replaces the product's item; returns its id.
    @discardableResult
    static func write(_ item: StockItem, productId: Int, on db: any SQLDatabase, engine: DatabaseEngine) async throws -> Int {
        let document = try settingsDocument(item)
        let qty: any SQLExpression = try item.qty.map { SQLBind(try ExactDecimal.storable($0, engine: engine, field: "qty")) } ?? SQLLiteral.null
        let row = try await db.raw("""
            INSERT INTO catalog_stock_item (product_id, qty, is_in_stock, low_stock_date, settings)
            VALUES (\(bind: productId), \(qty), \(bind: (item.isInStock ?? false) ? 1 : 0), \(bind: item.lowStockDate), \(bind: document))
            ON CONFLICT (product_id) DO UPDATE SET qty = excluded.qty, is_in_stock = excluded.is_in_stock,
                low_stock_date = excluded.low_stock_date, settings = excluded.settings
            RETURNING item_id
            """).first()
        return try row?.decode(column: "item_id", as: Int.self) ?? 0
    }

    /// The `settings` column: the item without the fields that have their own columns or are derived.
    static func settingsDocument(_ item: StockItem) throws -> String {
        var settings = item
        settings.itemId = nil
        settings.productId = nil
        settings.stockId = nil
        settings.qty = nil
        settings.isInStock = nil
        settings.lowStockDate = nil
        return try MagentoEncoder().encode(settings).jsonString
    }

    /// Writes the item's quantity and status to the default source, as MSI's legacy bridge does.
    static func mirrorToDefaultSource(_ item: StockItem, sku: String, on db: any SQLDatabase, engine: DatabaseEngine) async throws {
        try await db.raw("""
            INSERT INTO inventory_source_item (source_code, sku, quantity, status)
            VALUES ('default', \(bind: sku), \(bind: try ExactDecimal.storable(item.qty ?? 0, engine: engine, field: "qty")), \(bind: (item.isInStock ?? false) ? 1 : 0))
            ON CONFLICT (sku, source_code) DO UPDATE SET quantity = excluded.quantity, status = excluded.status
            """).run()
    }

    /// The other direction: a default-source write updates the legacy item of the product with
    /// that SKU (if the product exists) and bumps its `updated_at`.
    static func mirrorFromDefaultSource(
        sku: String, quantity: Decimal, status: Int, now: String, on db: any SQLDatabase, engine: DatabaseEngine
    ) async throws {
        guard let product = try await db.raw("SELECT entity_id FROM catalog_product WHERE sku_key = \(bind: sku.lowercased())").first() else {
            return
        }
        let productId = try product.decode(column: "entity_id", as: Int.self)
        try await db.raw("""
            UPDATE catalog_stock_item SET qty = \(bind: try ExactDecimal.storable(quantity, engine: engine, field: "quantity")), is_in_stock = \(bind: status == 1 ? 1 : 0)
            WHERE product_id = \(bind: productId)
            """).run()
        try await db.raw("UPDATE catalog_product SET updated_at = \(bind: now) WHERE entity_id = \(bind: productId)").run()
    }
}
