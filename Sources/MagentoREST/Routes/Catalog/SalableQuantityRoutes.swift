import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// MSI salability: `/V1/inventory/get-product-salable-quantity/:sku/:stockId` and `is-product-salable`.
/// No orders exist yet, so there are no reservations to subtract.
public struct SalableQuantityRoutes: Sendable {
    let registry: any StockRegistry
    let configuration: @Sendable () -> StockConfiguration

    public init(registry: any StockRegistry, configuration: @escaping @Sendable () -> StockConfiguration) {
        self.registry = registry
        self.configuration = configuration
    }

    static let access = EndpointAccess.resources(["Magento_InventorySalesApi::stock"])

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/inventory/get-product-salable-quantity/:sku/:stockId", access: Self.access, service: "inventorySalesApiGetProductSalableQtyV1", operation: "execute", summary: "Get Product Quantity for given Sku and Stock") { [registry, configuration] call in
                try await registry.salableQuantity(sku: call.pathParameter("sku"), stockId: try call.argument("stockId", as: Int.self), config: configuration())
            },
            Endpoint(.get, "/V1/inventory/is-product-salable/:sku/:stockId", access: Self.access, service: "inventorySalesApiIsProductSalableV1", operation: "execute", summary: "Get is product in salable for given SKU in a given Stock") { [registry, configuration] call in
                let quantity = try? await registry.salableQuantity(sku: call.pathParameter("sku"), stockId: try call.argument("stockId", as: Int.self), config: configuration())
                return (quantity ?? 0) > 0
            },
        ]
    }
}
