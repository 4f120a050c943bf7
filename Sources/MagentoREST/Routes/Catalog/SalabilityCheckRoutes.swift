import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// MSI's salability questions for a quantity: one SKU (`is-product-salable-for-requested-qty`),
/// many SKUs (`are-products-salable`), many SKUs and quantities (`are-product-salable-for-requested-qty`).
/// Answers come from the stock item's quantity rules and the salable quantity of the stock.
public struct SalabilityCheckRoutes: Sendable {
    let registry: any StockRegistry
    let inventory: any InventoryRepository
    let configuration: @Sendable () -> StockConfiguration

    public init(registry: any StockRegistry, inventory: any InventoryRepository, configuration: @escaping @Sendable () -> StockConfiguration) {
        self.registry = registry
        self.inventory = inventory
        self.configuration = configuration
    }

    static let access = EndpointAccess.resources(["Magento_InventorySalesApi::stock"])

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/inventory/is-product-salable-for-requested-qty/:sku/:stockId/:requestedQty", access: Self.access,
                     service: "inventorySalesApiIsProductSalableForRequestedQtyV1", operation: "execute",
                     summary: "Get is product salable for given SKU in a given Stock for a certain Qty") { [self] call in
                let stockId = try call.argument("stockId", as: Int.self)
                _ = try await inventory.stock(id: stockId)
                let errors = try await check(sku: call.pathParameter("sku"), stockId: stockId, qty: try call.argument("requestedQty", as: Decimal.self))
                return ProductSalableResult(salable: errors.isEmpty, errors: errors)
            },
            Endpoint(.get, "/V1/inventory/are-products-salable", access: Self.access, service: "inventorySalesApiAreProductsSalableV1",
                     operation: "execute", summary: "Get products salable status for given SKUs and given Stock") { [self] call in
                let stockId = try call.argument("stockId", as: Int.self)
                _ = try await inventory.stock(id: stockId)
                var answers: [ProductSalabilityAnswer] = []
                for sku in try call.argument("skus", as: [String].self) {
                    // Salable at all: one unit passes the checks that do not depend on the amount.
                    let quantity = (try? await registry.salableQuantity(sku: sku, stockId: stockId, config: configuration())) ?? 0
                    answers.append(ProductSalabilityAnswer(sku: sku, stockId: stockId, isSalable: quantity > 0))
                }
                return answers
            },
            Endpoint(.get, "/V1/inventory/are-product-salable-for-requested-qty", access: Self.access,
                     service: "inventorySalesApiAreProductsSalableForRequestedQtyV1", operation: "execute",
                     summary: "Get products salable status for given SKUs and requested Qtys in a given Stock") { [self] call in
                let stockId = try call.argument("stockId", as: Int.self)
                _ = try await inventory.stock(id: stockId)
                var answers: [ProductSalabilityAnswer] = []
                for request in try call.argument("skuRequests", as: [SkuQuantity].self) {
                    let errors: [ProductSalabilityError]
                    do {
                        errors = try await check(sku: request.sku, stockId: stockId, qty: Decimal(request.qty))
                    } catch let error as CommerceError {
                        errors = [ProductSalabilityError(code: "is_product_salable-unknown_sku", message: ErrorRenderer.body(of: error).renderedMessage)]
                    }
                    answers.append(ProductSalabilityAnswer(sku: request.sku, stockId: stockId, isSalable: errors.isEmpty, errors: errors))
                }
                return answers
            },
        ]
    }

    func check(sku: String, stockId: Int, qty: Decimal) async throws -> [ProductSalabilityError] {
        let config = configuration()
        let salable = try await registry.salableQuantity(sku: sku, stockId: stockId, config: config)
        let item = try await registry.stockItem(sku: sku)
        return ProductSalability.errors(item: item, config: config, salable: salable, requested: qty)
    }
}
