import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// The legacy CatalogInventory routes (`/V1/stockItems…`), acting on the default source.
public struct StockItemRoutes: Sendable {
    let registry: any StockRegistry
    let configuration: @Sendable () -> StockConfiguration

    public init(registry: any StockRegistry, configuration: @escaping @Sendable () -> StockConfiguration) {
        self.registry = registry
        self.configuration = configuration
    }

    static let access = EndpointAccess.resources(["Magento_CatalogInventory::cataloginventory"])
    static let service = "catalogInventoryStockRegistryV1"

    public var endpoints: [Endpoint] {
        [
            Endpoint(
                .get, "/V1/stockItems/lowStock", access: Self.access, service: Self.service, operation: "getLowStockItems",
                summary: "Retrieves a list of SKU's with low inventory qty",
                query: [QueryArgument("scopeId", .string, required: true), QueryArgument("qty", .string, required: true),
                        QueryArgument("currentPage", .string), QueryArgument("pageSize", .string)],
                returns: SearchResults<StockItem>.self
            ) { [registry] call in
                _ = try call.argument("scopeId", as: Int.self)
                let qty = try call.argument("qty", as: Decimal.self)
                let currentPage = try call.optionalArgument("currentPage", as: Int.self) ?? 1
                let pageSize = try call.optionalArgument("pageSize", as: Int.self) ?? 0
                let page = try await registry.lowStockItems(threshold: qty, currentPage: currentPage, pageSize: pageSize == 0 ? 10_000 : pageSize)
                let criteria = SearchCriteria(filterGroups: [], sortOrders: nil, pageSize: pageSize == 0 ? nil : pageSize, currentPage: currentPage)
                return SearchResults(items: page.items, searchCriteria: criteria.echoed, totalCount: page.totalCount)
            },
            Endpoint(
                .get, "/V1/stockItems/:productSku", access: Self.access, service: Self.service, operation: "getStockItemBySku",
                summary: "Get stock item by product SKU"
            ) { [registry] call in
                try await registry.stockItem(sku: call.pathParameter("productSku"))
            },
            Endpoint(
                .put, "/V1/products/:productSku/stockItems/:itemId", access: Self.access, service: Self.service,
                operation: "updateStockItemBySku", summary: "Update stock item by product SKU", body: [.required("stockItem", StockItem.self)]
            ) { [registry, configuration] call in
                let update = try call.argument("stockItem", as: StockItem.self)
                return try await registry.updateStockItem(sku: call.pathParameter("productSku"), update: update, config: configuration())
            },
            Endpoint(
                .get, "/V1/stockStatuses/:productSku", access: Self.access, service: Self.service, operation: "getStockStatusBySku",
                summary: "Get stock status by product SKU"
            ) { [registry] call in
                try await registry.stockStatus(sku: call.pathParameter("productSku"))
            },
        ]
    }
}
