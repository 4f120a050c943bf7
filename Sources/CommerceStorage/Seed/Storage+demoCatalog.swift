import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

extension Storage {
    /// Seeds a `DemoCatalog` profile into a catalog that has no products yet (otherwise does
    /// nothing and returns 0): categories, products with their values, category links, stock items
    /// and default-source items, in batches written straight to the tables (a large profile is
    /// 100,000 products; going through the product repository would take minutes). Returns the
    /// number of products written.
    @discardableResult
    public func seedCatalog(_ profile: DemoCatalog.Profile, batchSize: Int = 250) async throws -> Int {
        let engine = provider.engine
        let now = MagentoTimestamp.string(from: clock.now())
        let existing = try await provider.read { db in
            try await db.raw("SELECT COUNT(*) AS total FROM catalog_product").first()?.decode(column: "total", as: Int.self) ?? 0
        }
        guard existing == 0 else { return 0 }
        let catalog = DemoCatalog(profile: profile)
        let categoryIds = try await seedCategories(now: now)
        var seeds = catalog.products()
        let firstId = try await provider.read { db in
            (try await db.raw("SELECT MAX(entity_id) AS top FROM catalog_product").first()?.decode(column: "top", as: Int?.self) ?? 0) + 1
        }
        // Ids are assigned up front so a configurable parent can list its children's ids.
        var allocator = try await provider.read { db in try await SQLProductRepository.loadAllocator(on: db) }
        var parentIndex: Int?
        for index in seeds.indices {
            seeds[index].product.id = firstId + index
            if seeds[index].product.typeId == "configurable" {
                parentIndex = index
                allocator.assignMissingIds(&seeds[index].product)
            } else if let parent = parentIndex, seeds[index].product.visibility == 1 {
                seeds[parent].product.extensionAttributes?.configurableProductLinks?.append(firstId + index)
            }
        }
        let config = StockConfiguration()
        for start in stride(from: 0, to: seeds.count, by: batchSize) {
            let batch = Array(seeds[start..<min(start + batchSize, seeds.count)])
            try await provider.transaction { db in
                try await Self.insertProducts(batch, categoryIds: categoryIds, config: config, now: now, on: db, engine: engine)
            }
        }
        let finalAllocator = allocator
        let count = seeds.count
        try await provider.transaction { db in
            try await SQLProductRepository.storeAllocator(finalAllocator, on: db)
            for statement in SchemaDialect(engine: engine).advanceIdentity(table: "catalog_product", column: "entity_id")
                + SchemaDialect(engine: engine).advanceIdentity(table: "catalog_stock_item", column: "item_id") {
                try await db.raw(SQLQueryString(statement)).run()
            }
            try await Outbox.append(
                DomainEvent(type: "catalog.seeded", entityType: "catalog", entityId: profile.rawValue, payload: "{\"products\":\(count)}"),
                on: db, at: now
            )
        }
        return count
    }

    /// The demo category tree under the default root (2); returns the ids by seed index.
    private func seedCategories(now: String) async throws -> [Int] {
        var ids: [Int] = []
        for seed in DemoCatalog.categories {
            let parent = seed.parent.map { ids[$0] }
            let saved = try await categories.saveCategory(Category(parentId: parent ?? 2, name: seed.name, isActive: true), scope: .global)
            ids.append(saved.id ?? 0)
        }
        return ids
    }

    private static func insertProducts(
        _ batch: [DemoCatalog.ProductSeed], categoryIds: [Int], config: StockConfiguration, now: String,
        on db: any SQLDatabase, engine: DatabaseEngine
    ) async throws {
        var productRows: [any SQLExpression] = []
        var valueRows: [any SQLExpression] = []
        var linkRows: [any SQLExpression] = []
        var stockRows: [any SQLExpression] = []
        var sourceRows: [any SQLExpression] = []
        for seed in batch {
            let product = seed.product
            let id = product.id ?? 0
            let sku = product.sku ?? ""
            let document = try ProductDocument.encode(product)
            productRows.append(SQLQueryString("""
                (\(bind: id), \(bind: sku), \(bind: sku.lowercased()), 4, \(bind: product.typeId ?? "simple"), \(bind: product.name),
                \(try decimal(product.price, engine)), \(bind: product.status ?? 1), \(bind: product.visibility ?? 4),
                \(try decimal(product.weight, engine)), \(bind: now), \(bind: now), \(bind: document))
                """))
            for attribute in product.customAttributes ?? [] {
                guard let text = ProductValueText.text(attribute.value) else { continue }
                valueRows.append(SQLQueryString("(\(bind: id), 0, \(bind: attribute.attributeCode), \(bind: text))"))
            }
            if let french = seed.frenchName {
                valueRows.append(SQLQueryString("(\(bind: id), 2, 'name', \(bind: french))"))
            }
            for (position, category) in seed.categories.enumerated() {
                linkRows.append(SQLQueryString("(\(bind: categoryIds[category]), \(bind: id), \(bind: position))"))
            }
            var item = StockItemRows.fresh(productId: id, config: config)
            item = StockItemRules.merge(product.extensionAttributes?.stockItem ?? StockItem(), into: item)
            item = StockItemRules.normalize(
                item, config: config, tracksQuantity: SQLProductRepository.quantityTypes.contains(product.typeId ?? "simple"), now: now
            )
            stockRows.append(SQLQueryString("""
                (\(bind: id), \(bind: id), \(try decimal(item.qty, engine)), \(bind: (item.isInStock ?? false) ? 1 : 0),
                \(bind: item.lowStockDate), \(bind: try StockItemRows.settingsDocument(item)))
                """))
            if SQLProductRepository.quantityTypes.contains(product.typeId ?? "simple") {
                sourceRows.append(SQLQueryString("""
                    ('default', \(bind: sku), \(try decimal(item.qty ?? 0, engine)), \(bind: (item.isInStock ?? false) ? 1 : 0))
                    """))
            }
        }
        try await db.raw("""
            INSERT INTO catalog_product (entity_id, sku, sku_key, attribute_set_id, type_id, name, price, status, visibility,
                weight, created_at, updated_at, document) VALUES \(SQLList(productRows))
            """).run()
        if !valueRows.isEmpty {
            try await db.raw("INSERT INTO catalog_product_value (product_id, store_id, attribute_code, value) VALUES \(SQLList(valueRows))").run()
        }
        if !linkRows.isEmpty {
            try await db.raw("INSERT INTO catalog_category_product (category_id, product_id, position) VALUES \(SQLList(linkRows))").run()
        }
        try await db.raw("""
            INSERT INTO catalog_stock_item (item_id, product_id, qty, is_in_stock, low_stock_date, settings) VALUES \(SQLList(stockRows))
            """).run()
        if !sourceRows.isEmpty {
            try await db.raw("""
                INSERT INTO inventory_source_item (source_code, sku, quantity, status) VALUES \(SQLList(sourceRows))
                ON CONFLICT (sku, source_code) DO UPDATE SET quantity = excluded.quantity, status = excluded.status
                """).run()
        }
    }

    private static func decimal(_ value: Decimal?, _ engine: DatabaseEngine) throws -> any SQLExpression {
        try value.map { SQLBind(try ExactDecimal.storable($0, engine: engine, field: "value")) } ?? SQLLiteral.null
    }
}
