import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Applies the lifecycle's stock movements to legacy stock items and their default-source
/// mirrors, inside the transition's transaction.
enum SalesStockWriter {
    static let notAvailable = CommerceError.invalidInput(message: "Not all of your products are available in the requested quantity.")

    /// Moves each product's quantity. Taking stock below the out-of-stock threshold without
    /// backorders is refused (`checkAvailability`); returning stock above it puts the item back in
    /// stock (`can_back_in_stock`). Rows whose SKU is not in the catalog, or whose product does
    /// not manage stock, move nothing.
    static func apply(
        _ movements: [StockMovement], config: StockConfiguration, now: String, on db: any SQLDatabase
    ) async throws {
        let engine = DatabaseEngine(dialectOf: db)
        for movement in merged(movements) {
            guard let product = try await db.raw("""
                SELECT entity_id, sku, type_id FROM catalog_product WHERE sku_key = \(bind: movement.sku.lowercased())
                """).first() else { continue }
            let productId = try product.decode(column: "entity_id", as: Int.self)
            let sku = try product.decode(column: "sku", as: String.self)
            guard SQLProductRepository.quantityTypes.contains(try product.decode(column: "type_id", as: String.self)),
                  var item = try await StockItemRows.load(productId: productId, on: db, engine: engine) else { continue }
            let settings = StockItemRules.effective(item, config)
            guard settings.manageStock else { continue }
            let qty = (item.qty ?? 0) + movement.qty
            if movement.qty < 0, settings.backorders == 0, qty < settings.minQty { throw notAvailable }
            item.qty = qty
            if movement.qty > 0, qty > settings.minQty { item.isInStock = true }
            item = StockItemRules.normalize(item, config: config, tracksQuantity: true, now: now)
            try await StockItemRows.write(item, productId: productId, on: db, engine: engine)
            try await StockItemRows.mirrorToDefaultSource(item, sku: sku, on: db, engine: engine)
            try await db.raw("UPDATE catalog_product SET updated_at = \(bind: now) WHERE entity_id = \(bind: productId)").run()
        }
    }

    /// One movement per SKU, in first-seen order.
    static func merged(_ movements: [StockMovement]) -> [StockMovement] {
        var result: [StockMovement] = []
        for movement in movements {
            if let index = result.firstIndex(where: { $0.sku.lowercased() == movement.sku.lowercased() }) {
                result[index].qty += movement.qty
            } else {
                result.append(movement)
            }
        }
        return result.filter { $0.qty != 0 }
    }
}
