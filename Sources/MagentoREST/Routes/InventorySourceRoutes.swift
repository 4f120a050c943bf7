import CommerceDomain
import HTTPTypes
import MagentoWire

/// MSI sources: `/V1/inventory/sources` and the sources of a stock by priority.
public struct InventorySourceRoutes: Sendable {
    let inventory: any InventoryRepository

    public init(inventory: any InventoryRepository) {
        self.inventory = inventory
    }

    static let read = EndpointAccess.resources(["Magento_InventoryApi::source"])
    static let edit = EndpointAccess.resources(["Magento_InventoryApi::source_edit"])

    public var endpoints: [Endpoint] {
        [
            .search(
                "/V1/inventory/sources", access: Self.read, service: "inventoryApiSourceRepositoryV1",
                summary: "Find Sources by SearchCriteria"
            ) { [inventory] criteria, _ in try await inventory.searchSources(criteria) },
            Endpoint(
                .get, "/V1/inventory/sources/:sourceCode", access: Self.read, service: "inventoryApiSourceRepositoryV1",
                operation: "get", summary: "Get Source data by given code."
            ) { [inventory] call in try await inventory.source(code: call.pathParameter("sourceCode")) },
            Endpoint(
                .post, "/V1/inventory/sources", access: Self.edit, service: "inventoryApiSourceRepositoryV1",
                operation: "save", summary: "Save Source data", body: [.required("source", InventorySource.self)]
            ) { [inventory] call in
                try await inventory.saveSource(try call.argument("source", as: InventorySource.self))
                return VoidResult()
            },
            Endpoint(
                .put, "/V1/inventory/sources/:sourceCode", access: Self.edit, service: "inventoryApiSourceRepositoryV1",
                operation: "save", summary: "Save Source data", body: [.required("source", InventorySource.self)]
            ) { [inventory] call in
                var source = try call.argument("source", as: InventorySource.self)
                source.sourceCode = call.pathParameter("sourceCode")   // the URL's code wins
                try await inventory.saveSource(source)
                return VoidResult()
            },
            Endpoint(
                .get, "/V1/inventory/get-sources-assigned-to-stock-ordered-by-priority/:stockId", access: Self.read,
                service: "inventoryApiGetSourcesAssignedToStockOrderedByPriorityV1", operation: "execute",
                summary: "Get Sources assigned to Stock ordered by priority"
            ) { [inventory] call in
                try await inventory.sourcesAssigned(toStock: try call.argument("stockId", as: Int.self))
            },
        ]
    }
}
