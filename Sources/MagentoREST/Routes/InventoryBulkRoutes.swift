import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// MSI's bulk source operations (InventoryCatalogApi): assign SKUs to sources, unassign them,
/// move all of their quantity between sources, or part of it. Each runs in one transaction.
public struct InventoryBulkRoutes: Sendable {
    let inventory: any InventoryRepository
    let products: any ProductRepository

    public init(inventory: any InventoryRepository, products: any ProductRepository) {
        self.inventory = inventory
        self.products = products
    }

    static let access = EndpointAccess.resources(["Magento_Catalog::products"])

    public var endpoints: [Endpoint] {
        [
            Endpoint(.post, "/V1/inventory/bulk-product-source-assign", access: Self.access, service: "inventoryCatalogApiBulkSourceAssignV1",
                     operation: "execute", summary: "Run mass product to source assignment",
                     body: [.required("skus", [String].self), .required("sourceCodes", [String].self)]) { [self] call in
                let skus = try call.argument("skus", as: [String].self)
                let sources = try call.argument("sourceCodes", as: [String].self)
                try await requireProducts(skus)
                return try await inventory.modifySourceItems(skus: skus) { current in
                    try SourceItemTransfers.assign(skus: skus, sourceCodes: sources, current: current)
                }
            },
            Endpoint(.post, "/V1/inventory/bulk-product-source-unassign", access: Self.access, service: "inventoryCatalogApiBulkSourceUnassignV1",
                     operation: "execute", summary: "Run mass product to source un-assignment",
                     body: [.required("skus", [String].self), .required("sourceCodes", [String].self)]) { [self] call in
                let skus = try call.argument("skus", as: [String].self)
                let sources = try call.argument("sourceCodes", as: [String].self)
                return try await inventory.modifySourceItems(skus: skus) { current in
                    try SourceItemTransfers.unassign(skus: skus, sourceCodes: sources, current: current)
                }
            },
            Endpoint(.post, "/V1/inventory/bulk-product-source-transfer", access: Self.access, service: "inventoryCatalogApiBulkInventoryTransferV1",
                     operation: "execute", summary: "Run bulk inventory transfer",
                     body: [.required("skus", [String].self), .required("originSource", String.self), .required("destinationSource", String.self),
                            .required("unassignFromOrigin", Bool.self)]) { [self] call in
                let skus = try call.argument("skus", as: [String].self)
                let origin = try call.argument("originSource", as: String.self)
                let destination = try call.argument("destinationSource", as: String.self)
                let unassign = try call.argument("unassignFromOrigin", as: Bool.self)
                try await requireProducts(skus)
                return try await inventory.modifySourceItems(skus: skus) { current in
                    try SourceItemTransfers.transfer(skus: skus, origin: origin, destination: destination, unassignFromOrigin: unassign, current: current)
                }
            },
            Endpoint(.post, "/V1/inventory/bulk-partial-source-transfer", access: Self.access,
                     service: "inventoryCatalogApiBulkPartialInventoryTransferV1", operation: "execute", summary: "Run bulk partial inventory transfer",
                     body: [.required("originSourceCode", String.self), .required("destinationSourceCode", String.self),
                            .required("items", [PartialTransferItem].self)]) { [self] call in
                let origin = try call.argument("originSourceCode", as: String.self)
                let destination = try call.argument("destinationSourceCode", as: String.self)
                let items = try call.argument("items", as: [PartialTransferItem].self).map { (sku: $0.sku, qty: Decimal($0.qty)) }
                try await requireProducts(items.map(\.sku))
                try await inventory.modifySourceItems(skus: items.map(\.sku)) { current in
                    try SourceItemTransfers.partialTransfer(items: items, origin: origin, destination: destination, current: current)
                }
                return VoidResult()
            },
        ]
    }

    /// MSI checks that every SKU is a product before touching its sources.
    func requireProducts(_ skus: [String]) async throws {
        for sku in skus where !sku.isEmpty {
            _ = try await products.product(sku: sku, scope: .global)
        }
    }
}
