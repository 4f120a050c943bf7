import CommerceDomain
import HTTPTypes
import MagentoWire

/// MSI source items: a SKU's quantity and status at each source.
public struct InventorySourceItemRoutes: Sendable {
    let inventory: any InventoryRepository

    public init(inventory: any InventoryRepository) {
        self.inventory = inventory
    }

    static let access = EndpointAccess.resources(["Magento_InventoryApi::source"])
    /// Saving and deleting source items is its own resource in MSI, below stocks.
    static let assign = EndpointAccess.resources(["Magento_InventoryApi::stock_source_item_assign"])

    public var endpoints: [Endpoint] {
        [
            .search(
                "/V1/inventory/source-items", access: Self.access, service: "inventoryApiSourceItemRepositoryV1",
                summary: "Find SourceItems by SearchCriteria"
            ) { [inventory] criteria, _ in try await inventory.searchSourceItems(criteria) },
            Endpoint(
                .post, "/V1/inventory/source-items", access: Self.assign,
                service: "inventoryApiSourceItemsSaveV1", operation: "execute",
                summary: "Save Multiple Source item data", body: [.required("sourceItems", [SourceItem].self)]
            ) { [inventory] call in
                try await inventory.saveSourceItems(try call.argument("sourceItems", as: [SourceItem].self))
                return VoidResult()
            },
            Endpoint(
                .post, "/V1/inventory/source-items-delete", access: Self.assign,
                service: "inventoryApiSourceItemsDeleteV1", operation: "execute",
                summary: "Delete Multiple Source item data", body: [.required("sourceItems", [SourceItem].self)]
            ) { [inventory] call in
                try await inventory.deleteSourceItems(try call.argument("sourceItems", as: [SourceItem].self))
                return VoidResult()
            },
        ]
    }
}
