import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// MSI's stock export for a sales channel (InventoryExportStockApi): the salable quantity of the
/// products matching searchCriteria, or the whole stock index. The channel picks the stock.
public struct StockExportRoutes: Sendable {
    let products: any ProductRepository
    let registry: any StockRegistry
    let inventory: any InventoryRepository
    let configuration: @Sendable () -> StockConfiguration

    public init(
        products: any ProductRepository, registry: any StockRegistry, inventory: any InventoryRepository,
        configuration: @escaping @Sendable () -> StockConfiguration
    ) {
        self.products = products
        self.registry = registry
        self.inventory = inventory
        self.configuration = configuration
    }

    static let access = EndpointAccess.resources(["Magento_InventoryApi::stock"])
    /// The product types that hold quantity at sources.
    static let quantityTypes: Set<String> = ["simple", "virtual", "downloadable"]

    public var endpoints: [Endpoint] {
        [
            .search(
                "/V1/inventory/export-stock-salable-qty/:salesChannelType/:salesChannelCode", access: Self.access,
                service: "inventoryExportStockApiExportStockSalableQtyV1", operation: "execute",
                summary: "Export product stock data filtered by search criteria."
            ) { [self] criteria, call in
                let stock = try await inventory.stock(salesChannelType: call.pathParameter("salesChannelType"), code: call.pathParameter("salesChannelCode"))
                let page = try await products.searchProducts(criteria, scope: .global)
                return SearchPage(items: try await index(page.items, stockId: stock.stockId ?? 0, salable: true), totalCount: page.totalCount)
            },
            Endpoint(
                .get, "/V1/inventory/dump-stock-index-data/:salesChannelType/:salesChannelCode", access: Self.access,
                service: "inventoryExportStockApiExportStockIndexDataV1", operation: "execute", summary: "Provides stock index export"
            ) { [self] call in
                let stock = try await inventory.stock(salesChannelType: call.pathParameter("salesChannelType"), code: call.pathParameter("salesChannelCode"))
                var rows: [ProductStockIndexData] = []
                var page = 1
                // The whole catalog, a page at a time, so memory stays bounded by the page.
                while true {
                    let batch = try await products.searchProducts(SearchCriteria(pageSize: 500, currentPage: page), scope: .global)
                    rows += try await index(batch.items, stockId: stock.stockId ?? 0, salable: false)
                    if batch.items.count < 500 { break }
                    page += 1
                }
                return rows
            },
        ]
    }

    /// Each quantity-holding product's quantity in the stock: the index quantity, or with
    /// `salable` that minus the out-of-stock threshold (and, with reservations on, plus the
    /// stock's reservations, as MSI's export reports salable quantity).
    func index(_ items: [Product], stockId: Int, salable: Bool) async throws -> [ProductStockIndexData] {
        let held = items.filter { Self.quantityTypes.contains($0.typeId ?? "simple") }
        let quantities = try await registry.stockQuantities(stockId: stockId, skus: held.compactMap(\.sku))
        let config = configuration()
        let reserved = salable && config.reservations
            ? try await registry.reservedQuantities(stockId: stockId, skus: held.compactMap(\.sku)) : [:]
        return held.map { product in
            let sku = product.sku ?? ""
            let quantity = (quantities[sku.lowercased()] ?? 0) + (reserved[sku.lowercased()] ?? 0)
            let item = product.extensionAttributes?.stockItem ?? StockItem()
            let settings = StockItemRules.effective(item, config)
            let salableQuantity = settings.manageStock ? max(quantity - settings.minQty, 0) : quantity
            let isSalable = !settings.manageStock || salableQuantity > 0 || settings.backorders != 0
            return ProductStockIndexData(
                sku: sku, qty: NSDecimalNumber(decimal: salable ? salableQuantity : quantity).doubleValue, isSalable: isSalable
            )
        }
    }
}
