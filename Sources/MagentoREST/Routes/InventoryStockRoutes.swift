import CommerceDomain
import HTTPTypes
import MagentoWire

/// MSI stocks, their source links and the stock resolver.
public struct InventoryStockRoutes: Sendable {
    let inventory: any InventoryRepository

    public init(inventory: any InventoryRepository) {
        self.inventory = inventory
    }

    static let read = EndpointAccess.resources(["Magento_InventoryApi::stock"])
    static let edit = EndpointAccess.resources(["Magento_InventoryApi::stock_edit"])
    static let links = EndpointAccess.resources(["Magento_InventoryApi::stock_source_link"])
    static let service = "inventoryApiStockRepositoryV1"

    public var endpoints: [Endpoint] {
        [
            .search(
                "/V1/inventory/stocks", access: Self.read, service: Self.service,
                summary: "Find Stocks by given SearchCriteria"
            ) { [inventory] criteria, _ in try await inventory.searchStocks(criteria) },
            Endpoint(
                .get, "/V1/inventory/stocks/:stockId", access: Self.read, service: Self.service, operation: "get",
                summary: "Get Stock data by given stockId."
            ) { [inventory] call in try await inventory.stock(id: try call.argument("stockId", as: Int.self)) },
            Endpoint(
                .post, "/V1/inventory/stocks", access: Self.edit, service: Self.service, operation: "save",
                summary: "Save Stock data", body: [.required("stock", InventoryStock.self)]
            ) { [inventory] call in
                try await inventory.saveStock(try call.argument("stock", as: InventoryStock.self))
            },
            Endpoint(
                .put, "/V1/inventory/stocks/:stockId", access: Self.edit, service: Self.service, operation: "save",
                summary: "Save Stock data", body: [.required("stock", InventoryStock.self)]
            ) { [inventory] call in
                var stock = try call.argument("stock", as: InventoryStock.self)
                stock.stockId = try call.argument("stockId", as: Int.self)   // the URL's id wins
                return try await inventory.saveStock(stock)
            },
            Endpoint(
                .delete, "/V1/inventory/stocks/:stockId", access: .resources(["Magento_InventoryApi::stock_delete"]),
                service: Self.service, operation: "deleteById", summary: "Delete the Stock data by stockId."
            ) { [inventory] call in
                try await inventory.deleteStock(id: try call.argument("stockId", as: Int.self))
                return VoidResult()
            },
            .search(
                "/V1/inventory/stock-source-links", access: Self.links, service: "inventoryApiGetStockSourceLinksV1",
                operation: "execute", summary: "Find StockSourceLink list by given SearchCriteria"
            ) { [inventory] criteria, _ in try await inventory.searchLinks(criteria) },
            Endpoint(
                .post, "/V1/inventory/stock-source-links", access: Self.links,
                service: "inventoryApiStockSourceLinksSaveV1", operation: "execute",
                summary: "Save StockSourceLink list data", body: [.required("links", [StockSourceLink].self)]
            ) { [inventory] call in
                try await inventory.saveLinks(try call.argument("links", as: [StockSourceLink].self))
                return VoidResult()
            },
            Endpoint(
                .post, "/V1/inventory/stock-source-links-delete", access: Self.links,
                service: "inventoryApiStockSourceLinksDeleteV1", operation: "execute",
                summary: "Remove StockSourceLink list", body: [.required("links", [StockSourceLink].self)]
            ) { [inventory] call in
                try await inventory.deleteLinks(try call.argument("links", as: [StockSourceLink].self))
                return VoidResult()
            },
            Endpoint(
                .get, "/V1/inventory/stock-resolver/:type/:code", access: .resources(["Magento_InventorySalesApi::stock"]),
                service: "inventorySalesApiStockResolverV1", operation: "execute",
                summary: "Resolve Stock by Sales Channel type and code"
            ) { [inventory] call in
                try await inventory.stock(salesChannelType: call.pathParameter("type"), code: call.pathParameter("code"))
            },
        ]
    }
}
