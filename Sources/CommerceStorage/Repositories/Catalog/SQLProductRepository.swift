import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Products: see `Migration.catalog` for the storage layout and `ProductSaver` for save rules.
public struct SQLProductRepository: ProductRepository {
    let provider: any DatabaseProvider
    let clock: any CommerceClock
    let attributes: SQLProductAttributeRepository
    let stockConfiguration: StockConfiguration

    public init(
        provider: any DatabaseProvider, clock: any CommerceClock, attributes: SQLProductAttributeRepository,
        stockConfiguration: StockConfiguration = StockConfiguration()
    ) {
        self.provider = provider
        self.clock = clock
        self.attributes = attributes
        self.stockConfiguration = stockConfiguration
    }

    public func product(sku: String, scope: CatalogScope) async throws -> Product {
        let loader = ProductLoader(engine: provider.engine, scope: scope)
        return try await provider.read { db in
            guard let product = try await loader.load(sku: sku, on: db) else { throw Self.noSuchProduct }
            return product
        }
    }

    public func searchProducts(_ criteria: SearchCriteria, scope: CatalogScope) async throws -> SearchPage<Product> {
        let table = ProductSearchTable.make(definitions: try await attributes.definitions(), scope: scope, engine: provider.engine)
        let loader = ProductLoader(engine: provider.engine, scope: scope)
        var query = SearchQuery(criteria, table: table)
        query.selection = loader.selection
        query.source = ProductLoader.source
        let search = query
        return try await provider.read { db in
            let page = try await search.run(on: db)
            let items = try await loader.withBundleOptions(try loader.products(from: page.items), on: db)
            return SearchPage(items: items, totalCount: page.totalCount)
        }
    }

    public func deleteProduct(sku: String) async throws {
        let now = MagentoTimestamp.string(from: clock.now())
        try await provider.transaction { db in
            guard let row = try await Self.row(sku: sku, on: db) else { throw Self.noSuchProduct }
            let id = try row.decode(column: "entity_id", as: Int.self)
            let storedSku = try row.decode(column: "sku", as: String.self)
            // Values, category links and the stock item go by ON DELETE CASCADE.
            try await db.raw("DELETE FROM catalog_product WHERE entity_id = \(bind: id)").run()
            // MSI removes a deleted product's source items too.
            try await db.raw("DELETE FROM inventory_source_item WHERE sku = \(bind: storedSku)").run()
            try await Outbox.append(
                DomainEvent(type: "product.deleted", entityType: "product", entityId: storedSku, payload: "{\"id\":\(id),\"sku\":\(JSONValue.string(storedSku).jsonString)}"),
                on: db, at: now
            )
        }
    }

    static func row(sku: String, on db: any SQLDatabase) async throws -> (any SQLRow)? {
        try await db.raw("SELECT * FROM catalog_product WHERE sku_key = \(bind: sku.lowercased())").first()
    }

    static let noSuchProduct = CommerceError.notFound(
        message: "The product that was requested doesn't exist. Verify the product and try again."
    )
}
