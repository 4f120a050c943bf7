import Foundation
import MagentoWire

/// The order MSI's distance algorithm ships from: the stock's sources, nearest to the destination
/// first, by the offline provider's great-circle distance. A source is placed by its own
/// latitude and longitude when it has both, otherwise by looking its address up in the imported
/// geonames. Sources that cannot be placed (and all of them, when the destination itself is
/// unknown) follow in the priority order they came in, as Magento appends the sources whose
/// distance lookup failed.
public enum DistanceSourceOrder {
    public static func sorted(
        _ sources: [InventorySource], to destination: GeoAddress, inventory: any InventoryRepository
    ) async throws -> [InventorySource] {
        guard let target = try await inventory.geonames(near: destination, limit: 1).first else { return sources }
        let point = LatLng(lat: target.latitude, lng: target.longitude)
        var placed: [(source: InventorySource, metres: Double, rank: Int)] = []
        var unplaced: [InventorySource] = []
        for (rank, source) in sources.enumerated() {
            if let location = try await location(of: source, inventory: inventory) {
                placed.append((source, GreatCircle.metres(from: location, to: point), rank))
            } else {
                unplaced.append(source)
            }
        }
        // Equal distances keep the priority order (Magento's sort leaves them as they come).
        let nearestFirst = placed.sorted { ($0.metres, $0.rank) < ($1.metres, $1.rank) }.map(\.source)
        return nearestFirst + unplaced
    }

    static func location(of source: InventorySource, inventory: any InventoryRepository) async throws -> LatLng? {
        if let lat = source.latitude, let lng = source.longitude {
            return LatLng(lat: NSDecimalNumber(decimal: lat).doubleValue, lng: NSDecimalNumber(decimal: lng).doubleValue)
        }
        guard let country = source.countryId, !country.isEmpty else { return nil }
        let address = GeoAddress(
            country: country, postcode: source.postcode ?? "", street: source.street ?? "",
            region: source.region ?? "", city: source.city ?? ""
        )
        return try await inventory.geonames(near: address, limit: 1).first.map { LatLng(lat: $0.latitude, lng: $0.longitude) }
    }
}
