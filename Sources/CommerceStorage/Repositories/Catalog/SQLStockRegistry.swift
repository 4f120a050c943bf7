import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// The legacy stock registry over `catalog_stock_item`, mirrored to MSI's default source.
public struct SQLStockRegistry: StockRegistry {
    let provider: any DatabaseProvider
    let clock: any CommerceClock

    public init(provider: any DatabaseProvider, clock: any CommerceClock) {
        self.provider = provider
        self.clock = clock
    }

    public func stockItem(sku: String) async throws -> StockItem {
        let engine = provider.engine
        return try await provider.read { db in
            let product = try await Self.product(sku: sku, on: db)
            guard let item = try await StockItemRows.load(productId: product.id, on: db, engine: engine) else {
                throw Self.noSuchSku(sku)
            }
            return item
        }
    }

    public func updateStockItem(sku: String, update: StockItem, config: StockConfiguration) async throws -> Int {
        let engine = provider.engine
        let now = MagentoTimestamp.string(from: clock.now())
        return try await provider.transaction { db in
            // The product and its item in one statement: the writer connection is the bottleneck.
            guard let row = try await db.raw("""
                SELECT p.entity_id, p.sku, p.type_id, s.item_id, s.product_id, s.qty, s.is_in_stock, s.low_stock_date, s.settings
                FROM catalog_product p LEFT JOIN catalog_stock_item s ON s.product_id = p.entity_id
                WHERE p.sku_key = \(bind: sku.lowercased())
                """).first() else { throw Self.noSuchSku(sku) }
            let productId = try row.decode(column: "entity_id", as: Int.self)
            let productSku = try row.decode(column: "sku", as: String.self)
            let stored = try row.decodeNil(column: "item_id")
                ? StockItemRows.fresh(productId: productId, config: config)
                : try StockItemRows.item(from: row, engine: engine)
            let item = StockItemRules.normalize(
                StockItemRules.merge(update, into: stored), config: config,
                tracksQuantity: SQLProductRepository.quantityTypes.contains(try row.decode(column: "type_id", as: String.self)), now: now
            )
            let id = try await StockItemRows.write(item, productId: productId, on: db, engine: engine)
            try await StockItemRows.mirrorToDefaultSource(item, sku: productSku, on: db, engine: engine)
            // Magento leaves updated_at alone on stock writes (magento/magento2#37980); syncs that
            // page by updated_at then miss stock changes, so we bump it.
            try await db.raw("UPDATE catalog_product SET updated_at = \(bind: now) WHERE entity_id = \(bind: productId)").run()
            var saved = item
            saved.itemId = id
            try await Outbox.append(
                DomainEvent(
                    type: "stock_item.saved", entityType: "stock_item", entityId: productSku,
                    payload: try MagentoEncoder().encode(saved).jsonString
                ),
                on: db, at: now
            )
            return id
        }
    }

    public func stockStatus(sku: String) async throws -> StockStatus {
        let item = try await stockItem(sku: sku)
        let qty = item.qty.map { NSDecimalNumber(decimal: $0).intValue } ?? 0
        return StockStatus(productId: item.productId, stockId: 1, qty: qty, stockStatus: (item.isInStock ?? false) ? 1 : 0, stockItem: item)
    }

    public func salableQuantity(sku: String, stockId: Int, config: StockConfiguration) async throws -> Decimal {
        let engine = provider.engine
        return try await provider.read { db in
            guard let row = try await db.raw("SELECT entity_id, sku, type_id FROM catalog_product WHERE sku_key = \(bind: sku.lowercased())").first() else {
                throw SQLProductRepository.noSuchProduct
            }
            guard SQLProductRepository.quantityTypes.contains(try row.decode(column: "type_id", as: String.self)) else {
                throw CommerceError.invalidInput(message: "Can't check requested quantity for products without Source Items support.")
            }
            let productId = try row.decode(column: "entity_id", as: Int.self)
            let item = try await StockItemRows.load(productId: productId, on: db, engine: engine) ?? StockItemRows.fresh(productId: productId, config: config)
            let settings = StockItemRules.effective(item, config)
            guard settings.manageStock else { return 0 }
            let sku = try row.decode(column: "sku", as: String.self)
            var total = try await ReservationRows.sourceQuantity(sku: sku, stockId: stockId, on: db, engine: engine)
            // MSI's salable quantity: what the sources hold less what placed orders reserve.
            if config.reservations { total += try await ReservationRows.sum(sku: sku, stockId: stockId, on: db, engine: engine) }
            return max(total - settings.minQty, 0)
        }
    }

    public func salableQuantity(sku: String, storeId: Int, config: StockConfiguration) async throws -> Decimal {
        let stockId = try await provider.read { db in try await ReservationRows.stockId(storeId: storeId, on: db) }
        return try await salableQuantity(sku: sku, stockId: stockId, config: config)
    }

    public func appendReservations(_ reservations: [Reservation]) async throws {
        let engine = provider.engine
        try await provider.transaction { db in try await ReservationRows.append(reservations, on: db, engine: engine) }
    }

    public func reservedQuantity(sku: String, stockId: Int) async throws -> Decimal {
        let engine = provider.engine
        return try await provider.read { db in try await ReservationRows.sum(sku: sku, stockId: stockId, on: db, engine: engine) }
    }

    public func lowStockItems(threshold: Decimal, currentPage: Int, pageSize: Int) async throws -> SearchPage<StockItem> {
        let engine = provider.engine
        let bound = ExactDecimal.comparable(threshold, engine: engine)
        let page = max(currentPage, 1)
        let size = max(pageSize, 1)
        let offset = try ClientArithmetic.offset(page: page, size: size)
        return try await provider.read { db in
            let total = try await db.raw("SELECT COUNT(*) AS total FROM catalog_stock_item WHERE qty < \(bind: bound)").first()?
                .decode(column: "total", as: Int.self) ?? 0
            let rows = try await db.raw("""
                SELECT * FROM catalog_stock_item WHERE qty < \(bind: bound) ORDER BY item_id
                LIMIT \(literal: size) OFFSET \(literal: offset)
                """).all()
            return SearchPage(items: try rows.map { try StockItemRows.item(from: $0, engine: engine) }, totalCount: total)
        }
    }

    static func product(sku: String, on db: any SQLDatabase) async throws -> (id: Int, sku: String, typeId: String) {
        guard let row = try await db.raw("SELECT entity_id, sku, type_id FROM catalog_product WHERE sku_key = \(bind: sku.lowercased())").first() else {
            throw noSuchSku(sku)
        }
        return (try row.decode(column: "entity_id", as: Int.self), try row.decode(column: "sku", as: String.self), try row.decode(column: "type_id", as: String.self))
    }

    static func noSuchSku(_ sku: String) -> CommerceError {
        .notFound(message: "The Product with the \"%1\" SKU doesn't exist.", parameters: [sku])
    }
}
