import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// MSI's distance-based source selection API (InventoryDistanceBasedSourceSelectionApi) with the
/// offline provider, Magento's default: distances are great-circle metres, and addresses are
/// placed through the `inventory_geoname` table. A store that imported no geonames answers
/// "Unknown geoname" for every address, as Magento does; `PUT /V1/magpie/inventory/geonames`
/// is Magpie's counterpart of `bin/magento inventory-geonames:import`.
public struct DistanceSourceSelectionRoutes: Sendable {
    let inventory: any InventoryRepository

    public init(inventory: any InventoryRepository) {
        self.inventory = inventory
    }

    static let access = EndpointAccess.resources(["Magento_InventoryApi::source"])
    static let providerPath = "cataloginventory/source_selection_distance_based/provider"

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/inventory/get-distance-provider-code", access: Self.access,
                     service: "inventoryDistanceBasedSourceSelectionApiGetDistanceProviderCodeV1", operation: "execute",
                     summary: "Get the default distance provider code") { call in
                Self.providerCode(call)
            },
            Endpoint(.get, "/V1/inventory/get-distance", access: Self.access,
                     service: "inventoryDistanceBasedSourceSelectionApiGetDistanceV1", operation: "execute",
                     summary: "Get the distance between two points") { call in
                let source = try call.argument("source", as: LatLng.self)
                let destination = try call.argument("destination", as: LatLng.self)
                try Self.requireOffline(call)
                return GreatCircle.metres(from: source, to: destination)
            },
            Endpoint(.get, "/V1/inventory/get-latlng-from-address", access: Self.access,
                     service: "inventoryDistanceBasedSourceSelectionApiGetLatLngFromAddressV1", operation: "execute",
                     summary: "Get latitude and longitude of an address") { [inventory] call in
                let address = try call.argument("address", as: GeoAddress.self)
                try Self.requireOffline(call)
                guard let place = try await inventory.geonames(near: address, limit: 1).first else { throw Self.unknown(address) }
                return LatLng(lat: place.latitude, lng: place.longitude)
            },
            Endpoint(.get, "/V1/inventory/get-latslngs-from-address", access: Self.access,
                     service: "inventoryDistanceBasedSourceSelectionApiGetLatsLngsFromAddressV1", operation: "execute",
                     summary: "Get latitudes and longitudes of the places matching an address") { [inventory] call in
                let address = try call.argument("address", as: GeoAddress.self)
                try Self.requireOffline(call)
                let places = try await inventory.geonames(near: address, limit: nil)
                guard !places.isEmpty else { throw Self.unknown(address) }
                return places.map { LatLng(lat: $0.latitude, lng: $0.longitude) }
            },
            Endpoint(.put, "/V1/magpie/inventory/geonames", access: .resources(["Magento_InventoryApi::source_edit"]),
                     service: "magpieInventoryGeonamesV1", operation: "save",
                     summary: "Add or replace places of the offline distance provider (geonames.org postal-code rows)",
                     body: [.required("geonames", [Geoname].self)]) { [inventory] call in
                try await inventory.saveGeonames(try call.argument("geonames", as: [Geoname].self))
                return VoidResult()
            },
        ]
    }

    /// `cataloginventory/source_selection_distance_based/provider`; Magento's default is offline.
    static func providerCode(_ call: EndpointCall) -> String {
        call.stores.configValue(providerPath, storeId: call.store.id) ?? "offline"
    }

    static func unknown(_ address: GeoAddress) -> CommerceError {
        .notFound(message: "Unknown geoname for %1", parameters: [address.magentoDescription])
    }

    /// Only the offline provider is built in; Magento answers the same for a provider code whose
    /// module is not installed.
    static func requireOffline(_ call: EndpointCall) throws {
        let code = providerCode(call)
        guard code == "offline" else {
            throw CommerceError.invalidInput(message: "No such distance provider: %1", parameters: [code])
        }
    }
}
