import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// MSI's per-source low-quantity thresholds (InventoryLowQuantityNotificationApi). A source item
/// without its own threshold answers the store's `notify_stock_qty`, as MSI does.
public struct LowQuantityNotificationRoutes: Sendable {
    let inventory: any InventoryRepository
    let configuration: @Sendable () -> StockConfiguration

    public init(inventory: any InventoryRepository, configuration: @escaping @Sendable () -> StockConfiguration) {
        self.inventory = inventory
        self.configuration = configuration
    }

    public var endpoints: [Endpoint] {
        [
            Endpoint(.post, "/V1/inventory/low-quantity-notification",
                     access: .resources(["Magento_InventoryLowQuantityNotificationApi::stock_create_low_quantity_notification"]),
                     service: "inventoryLowQuantityNotificationApiSourceItemConfigurationsSaveV1", operation: "execute",
                     summary: "Save source item configurations",
                     body: [.required("sourceItemConfigurations", [SourceItemConfiguration].self)]) { [inventory] call in
                try await inventory.saveNotificationConfigurations(try call.argument("sourceItemConfigurations", as: [SourceItemConfiguration].self))
                return VoidResult()
            },
            Endpoint(.get, "/V1/inventory/low-quantity-notification/:sourceCode/:sku",
                     access: .resources(["Magento_InventoryLowQuantityNotificationApi::low_quantity_notification"]),
                     service: "inventoryLowQuantityNotificationApiGetSourceItemConfigurationV1", operation: "execute",
                     summary: "Get the source item configuration") { [inventory, configuration] call in
                let source = call.pathParameter("sourceCode")
                let sku = call.pathParameter("sku")
                let stored = try await inventory.notificationThreshold(sourceCode: source, sku: sku)
                let threshold = stored ?? configuration().notifyStockQty
                return SourceItemConfiguration(sourceCode: source, notifyStockQty: threshold, sku: sku)
            },
            Endpoint(.post, "/V1/inventory/low-quantity-notifications-delete",
                     access: .resources(["Magento_InventoryLowQuantityNotificationApi::stock_delete_low_quantity_notification"]),
                     service: "inventoryLowQuantityNotificationApiDeleteSourceItemsConfigurationV1", operation: "execute",
                     summary: "Delete source item configurations", body: [.required("sourceItems", [SourceItem].self)]) { [inventory] call in
                try await inventory.deleteNotificationConfigurations(try call.argument("sourceItems", as: [SourceItem].self))
                return VoidResult()
            },
        ]
    }
}
