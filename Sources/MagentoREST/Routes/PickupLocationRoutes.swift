import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// In-store pickup (InventoryInStorePickupApi, …SalesApi): the pickup locations a storefront
/// lists for a website, and marking orders ready to collect, which ships them.
public struct PickupLocationRoutes: Sendable {
    let inventory: any InventoryRepository
    let sales: any SalesRepository
    let stock: @Sendable () -> StockConfiguration

    public init(inventory: any InventoryRepository, sales: any SalesRepository, stock: @escaping @Sendable () -> StockConfiguration) {
        self.inventory = inventory
        self.sales = sales
        self.stock = stock
    }

    static let notReady = "The order is not ready for pickup"

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/inventory/in-store-pickup/pickup-locations/", access: .anonymous,
                     service: "inventoryInStorePickupApiGetPickupLocationsV1", operation: "execute",
                     summary: "Get Pickup Locations according to the results of filtration by Search Request") { [self] call in
                try await search(try call.argument("searchRequest", as: PickupSearchRequest.self), stores: call.stores)
            },
            Endpoint(.post, "/V1/order/notify-orders-are-ready-for-pickup",
                     access: .resources(["Magento_InventoryInStorePickupApi::notify_orders_are_ready_for_pickup"]),
                     service: "inventoryInStorePickupSalesApiNotifyOrdersAreReadyForPickupV1", operation: "execute",
                     summary: "Send an email to the customer and ship the order to reserve (deduct) pickup location's QTY",
                     body: [.required("orderIds", [Int].self)]) { [self] call in
                try await notify(try call.argument("orderIds", as: [Int].self))
            },
        ]
    }

    func search(_ request: PickupSearchRequest, stores: StoreDirectory) async throws -> PickupSearchResult {
        guard stores.websites.contains(where: { $0.code == request.scopeCode && $0.id != 0 }) else {
            throw CommerceError.notFound(
                message: "The website with code %1 that was requested wasn't found. Verify the website and try again.",
                parameters: [request.scopeCode]
            )
        }
        let stock = try await inventory.stock(salesChannelType: "website", code: request.scopeCode)
        var locations = try await inventory.sourcesAssigned(toStock: stock.stockId ?? 1)
            .filter(PickupLocations.isActive).map(PickupLocations.location)
            .filter { PickupLocations.matches($0, request.filters) }
        if let area = request.area {
            let address = PickupLocations.areaAddress(area)
            guard let centre = try await inventory.geonames(near: address, limit: 1).first else {
                throw DistanceSourceSelectionRoutes.unknown(address)
            }
            let point = LatLng(lat: centre.latitude, lng: centre.longitude)
            let measured: [(PickupLocation, Double)] = locations.compactMap { location in
                guard let lat = location.latitude, let lng = location.longitude else { return nil }
                let source = LatLng(lat: NSDecimalNumber(decimal: lat).doubleValue, lng: NSDecimalNumber(decimal: lng).doubleValue)
                let kilometres = GreatCircle.metres(from: source, to: point) / 1000
                return kilometres <= Double(area.radius) ? (location, kilometres) : nil
            }
            locations = measured.sorted { $0.1 < $1.1 }.map(\.0)
        }
        for order in (request.sort ?? []).reversed() {
            let descending = order.direction?.uppercased() == "DESC"
            locations = locations.enumerated().sorted { left, right in
                let (a, b) = (Self.field(order.field, of: left.element), Self.field(order.field, of: right.element))
                return a == b ? left.offset < right.offset : (descending ? a > b : a < b)
            }.map(\.element)
        }
        let total = locations.count
        if let size = request.pageSize, size > 0 {
            let page = max(request.currentPage ?? 1, 1)
            locations = Array(locations.dropFirst((page - 1) * size).prefix(size))
        }
        return PickupSearchResult(items: locations, searchRequest: request, totalCount: total)
    }

    static func field(_ name: String, of location: PickupLocation) -> String {
        switch name {
        case "name": location.name ?? ""
        case "city": location.city ?? ""
        case "postcode": location.postcode ?? ""
        case "country_id": location.countryId ?? ""
        case "region": location.region ?? ""
        case "street": location.street ?? ""
        default: location.pickupLocationCode
        }
    }

    /// Each order is shipped (which takes its quantity from the pickup source) when it was
    /// placed for pickup; failures are reported per order, as Magento does, not as an error.
    func notify(_ ids: [Int]) async throws -> PickupNotificationResult {
        var failed: [PickupNotificationResult.Failure] = []
        for id in ids {
            do {
                let order = try await sales.order(id: id)
                let canShip = SalesOrder(wire: order).canShip
                if (order.extensionAttributes?.pickupLocationCode ?? "").isEmpty, canShip {
                    failed.append(.init(id: id, message: Self.notReady))
                    continue
                }
                if canShip { _ = try await sales.ship(orderId: id, DocumentRequest(), stock: stock()) }
            } catch let error as CommerceError {
                failed.append(.init(id: id, message: ErrorRenderer.body(of: error).renderedMessage))
            }
        }
        return PickupNotificationResult(failed: failed)
    }
}
