import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// MSI's source selection: which sources to ship a request from. Both of Magento's algorithms are
/// served. `priority` takes the stock's sources in link priority, each giving what it has until
/// the line is covered; `distance` does the same over the sources ordered nearest first to the
/// request's `extension_attributes.destination_address` (offline provider, imported geonames:
/// `DistanceSourceOrder`).
public struct SourceSelectionRoutes: Sendable {
    let inventory: any InventoryRepository

    public init(inventory: any InventoryRepository) {
        self.inventory = inventory
    }

    static let priority = SourceSelectionAlgorithm(
        code: "priority", title: "Source Priority", description: "Algorithm which provides Source Selections based on predefined priority of Source"
    )

    static let distance = SourceSelectionAlgorithm(
        code: "distance", title: "Distance Priority",
        description: "Algorithm which provides Source Selections based on shipping address distance from the source"
    )

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/inventory/source-selection-algorithm-list",
                     access: .resources(["Magento_InventorySourceSelectionApi::source_selection_algorithm"]),
                     service: "inventorySourceSelectionApiGetSourceSelectionAlgorithmListV1", operation: "execute",
                     summary: "Get the list of source selection algorithms") { _ in [Self.distance, Self.priority] },
            Endpoint(.post, "/V1/inventory/source-selection-algorithm-result",
                     access: .resources(["Magento_InventorySourceSelectionApi::source_selection_algorithm_post"]),
                     service: "inventorySourceSelectionApiSourceSelectionServiceV1", operation: "execute",
                     summary: "Run the source selection algorithm",
                     body: [.required("inventoryRequest", InventoryRequest.self), .required("algorithmCode", String.self)]) { [inventory] call in
                let request = try call.argument("inventoryRequest", as: InventoryRequest.self)
                let code = try call.argument("algorithmCode", as: String.self)
                guard code == Self.priority.code || code == Self.distance.code else {
                    throw CommerceError.invalidInput(message: "Source selection algorithm with code \"%1\" doesn't exist.", parameters: [code])
                }
                var sources = try await inventory.sourcesAssigned(toStock: request.stockId).filter { $0.enabled ?? true }
                if code == Self.distance.code {
                    guard let destination = try Self.destination(request) else {
                        throw CommerceError.invalidInput(message: "No destination address was provided in the request", parameters: [])
                    }
                    try DistanceSourceSelectionRoutes.requireOffline(call)
                    sources = try await DistanceSourceOrder.sorted(sources, to: destination, inventory: inventory)
                }
                var selections: [SourceSelectionResult.Item] = []
                var shippable = true
                for line in request.items {
                    let items = try await inventory.searchSourceItems(SearchCriteria(filterGroups: [
                        FilterGroup(filters: [Filter(field: "sku", value: line.sku, conditionType: "eq")]),
                    ])).items
                    let available = items.compactMap { item in
                        item.sourceCode.map { PrioritySourceSelection.Available(sourceCode: $0, quantity: item.quantity ?? 0, inStock: item.status == 1) }
                    }
                    let (picks, remaining) = PrioritySourceSelection.select(
                        qty: Decimal(line.qty), sources: sources.compactMap(\.sourceCode), items: available
                    )
                    for pick in picks {
                        selections.append(.init(
                            sourceCode: pick.sourceCode, sku: items.first { $0.sourceCode == pick.sourceCode }?.sku ?? line.sku,
                            qtyToDeduct: NSDecimalNumber(decimal: pick.qtyToDeduct).doubleValue,
                            qtyAvailable: NSDecimalNumber(decimal: pick.qtyAvailable).doubleValue
                        ))
                    }
                    if remaining > 0 { shippable = false }
                }
                return SourceSelectionResult(sourceSelectionItems: selections, shippable: shippable)
            },
        ]
    }

    /// `extension_attributes.destination_address` of the request, as MSI's distance algorithm reads it.
    static func destination(_ request: InventoryRequest) throws -> GeoAddress? {
        guard let value = request.extensionAttributes?["destination_address"], value != .null else { return nil }
        return try EndpointCall.bind(value, as: GeoAddress.self)
    }
}
