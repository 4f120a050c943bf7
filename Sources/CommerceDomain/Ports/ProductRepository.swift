import Foundation
import MagentoWire

/// Products (`/V1/products…`): the document, its per-store values, category links and stock.
public protocol ProductRepository: Sendable {
    /// Case-insensitive SKU lookup; throws the product-not-found error when unknown.
    func product(sku: String, scope: CatalogScope) async throws -> Product
    func searchProducts(_ criteria: SearchCriteria, scope: CatalogScope) async throws -> SearchPage<Product>
    /// Upsert by SKU: sent fields replace, omitted ones are kept. Returns the saved product.
    func saveProduct(_ product: Product, scope: CatalogScope, saveOptions: Bool) async throws -> Product
    func deleteProduct(sku: String) async throws
    /// Changes a product's default-scope document in one transaction (links, custom options, media,
    /// prices): bumps `updated_at` and records a `product.updated` event. Returns what `change` returns.
    func modifyProduct<T: Sendable>(
        sku: String, _ change: @escaping @Sendable (inout Product, inout CatalogIdAllocator) throws -> T
    ) async throws -> T
}

/// Categories and their product links (`/V1/categories…`).
public protocol CategoryRepository: Sendable {
    /// The tree under `rootId` (the store's root, 2, by default), `depth` levels deep (all when nil).
    func tree(rootId: Int?, depth: Int?, scope: CatalogScope) async throws -> CategoryTree
    func category(id: Int, scope: CatalogScope) async throws -> Category
    func searchCategories(_ criteria: SearchCriteria, scope: CatalogScope) async throws -> SearchPage<Category>
    /// Creates (no id) or updates; returns the category as stored.
    func saveCategory(_ category: Category, scope: CatalogScope) async throws -> Category
    func deleteCategory(id: Int) async throws
    func moveCategory(id: Int, parentId: Int, afterId: Int?) async throws
    func assignedProducts(categoryId: Int) async throws -> [CategoryProductLink]
    func saveProductLink(_ link: CategoryProductLink) async throws
    func deleteProductLink(categoryId: Int, sku: String) async throws
}

/// The legacy single-stock registry (`/V1/stockItems…`), kept in step with the default source.
public protocol StockRegistry: Sendable {
    func stockItem(sku: String) async throws -> StockItem
    /// Merges the update into the stored item, applies the stock rules; returns the item id.
    func updateStockItem(sku: String, update: StockItem, config: StockConfiguration) async throws -> Int
    func stockStatus(sku: String) async throws -> StockStatus
    /// MSI's salable quantity: in-stock quantity at the stock's sources, plus the stock's
    /// reservations when `config.reservations` is on, minus the out-of-stock threshold.
    func salableQuantity(sku: String, stockId: Int, config: StockConfiguration) async throws -> Decimal
    /// The salable quantity on the stock serving a store view (its website's sales channel, else
    /// the default stock).
    func salableQuantity(sku: String, storeId: Int, config: StockConfiguration) async throws -> Decimal
    /// A stock's index quantity per SKU (in-stock quantity at its enabled sources), one statement;
    /// SKUs with no such quantity are absent.
    func stockQuantities(stockId: Int, skus: [String]) async throws -> [String: Decimal]
    /// Appends rows to MSI's reservation ledger (`inventory_reservation`).
    func appendReservations(_ reservations: [Reservation]) async throws
    /// The sum of a SKU's reservations on a stock: negative while placed orders hold quantity.
    func reservedQuantity(sku: String, stockId: Int) async throws -> Decimal
    /// The same for many SKUs in one statement, keyed by lowercased SKU; SKUs without
    /// reservations are absent.
    func reservedQuantities(stockId: Int, skus: [String]) async throws -> [String: Decimal]
    /// Items whose quantity is below `threshold`, paged.
    func lowStockItems(threshold: Decimal, currentPage: Int, pageSize: Int) async throws -> SearchPage<StockItem>
}
