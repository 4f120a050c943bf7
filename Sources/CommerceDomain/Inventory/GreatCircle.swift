import Foundation
import MagentoWire

/// The distance MSI's offline provider reports: the great-circle (haversine) distance in metres on
/// a sphere of Earth's mean radius, the same formula and radius Magento uses, so figures match.
public enum GreatCircle {
    static let earthRadiusMetres = 6_371_000.0

    public static func metres(from source: LatLng, to destination: LatLng) -> Double {
        let latFrom = source.lat * .pi / 180, latTo = destination.lat * .pi / 180
        let latDelta = latTo - latFrom
        let lngDelta = (destination.lng - source.lng) * .pi / 180
        let h = pow(sin(latDelta / 2), 2) + cos(latFrom) * cos(latTo) * pow(sin(lngDelta / 2), 2)
        return 2 * asin(min(1, sqrt(h))) * earthRadiusMetres
    }

    /// Magento's offline lookup tries a UK postcode's outward code ("SW1A" of "SW1A 1AA"), since
    /// geonames.org lists British places by that part only.
    public static func lookupPostcode(_ postcode: String) -> String {
        let trimmed = postcode.trimmingCharacters(in: .whitespaces)
        guard let match = trimmed.wholeMatch(of: /([a-zA-Z]{1,2}[0-9]{1,2})\s?[0-9][a-zA-Z]{2}/) else { return postcode }
        return String(match.1)
    }
}
