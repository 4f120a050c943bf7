import Foundation
import MagentoWire

/// In-store pickup (InventoryInStorePickup): a source is a pickup location when it is enabled
/// and its `extension_attributes.is_pickup_location_active` is true; its storefront name and
/// description come from `frontend_name` / `frontend_description` when set.
public enum PickupLocations {
    public static func isActive(_ source: InventorySource) -> Bool {
        guard source.enabled ?? true, let flag = source.extensionAttributes?["is_pickup_location_active"] else { return false }
        return flag.boolValue ?? (flag.numberText == "1" || flag.stringValue == "1" || flag.stringValue == "true")
    }

    public static func location(_ source: InventorySource) -> PickupLocation {
        var location = PickupLocation(pickupLocationCode: source.sourceCode ?? "")
        let frontName = source.extensionAttributes?["frontend_name"]?.stringValue
        let frontDescription = source.extensionAttributes?["frontend_description"]?.stringValue
        location.name = frontName.flatMap { $0.isEmpty ? nil : $0 } ?? source.name
        location.description = frontDescription.flatMap { $0.isEmpty ? nil : $0 } ?? source.description
        location.email = source.email
        location.fax = source.fax
        location.contactName = source.contactName
        location.latitude = source.latitude
        location.longitude = source.longitude
        location.countryId = source.countryId
        location.regionId = source.regionId
        location.region = source.region
        location.city = source.city
        location.street = source.street
        location.postcode = source.postcode
        location.phone = source.phone
        return location
    }

    /// Whether `location` passes every filter: `eq` (the default) compares case-insensitively,
    /// `like` matches with `%` wildcards, `in` takes a comma-separated list.
    public static func matches(_ location: PickupLocation, _ filters: PickupSearchRequest.Filters?) -> Bool {
        guard let filters else { return true }
        let checks: [(PickupSearchRequest.Filter?, String?)] = [
            (filters.country, location.countryId), (filters.postcode, location.postcode), (filters.region, location.region),
            (filters.regionId, location.regionId.map(String.init)), (filters.city, location.city), (filters.street, location.street),
            (filters.name, location.name), (filters.pickupLocationCode, location.pickupLocationCode),
        ]
        return checks.allSatisfy { filter, value in
            guard let filter else { return true }
            return matches(value ?? "", filter)
        }
    }

    static func matches(_ value: String, _ filter: PickupSearchRequest.Filter) -> Bool {
        let value = value.lowercased()
        let wanted = filter.value.lowercased()
        switch filter.conditionType ?? "eq" {
        case "like":
            let parts = wanted.split(separator: "%", omittingEmptySubsequences: false).map(String.init)
            var rest = value[...]
            for (index, part) in parts.enumerated() {
                if part.isEmpty { continue }
                if index == 0 {
                    guard rest.hasPrefix(part) else { return false }
                    rest = rest.dropFirst(part.count)
                } else if index == parts.count - 1 {
                    return rest.hasSuffix(part)
                } else {
                    guard let range = rest.range(of: part) else { return false }
                    rest = rest[range.upperBound...]
                }
            }
            return parts.count > 1 || rest.isEmpty
        case "in": return wanted.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.contains(value)
        default: return value == wanted
        }
    }

    /// The area's centre and the term's parts: `"78701:US"` → postcode or city 78701 in US.
    public static func areaAddress(_ area: PickupSearchRequest.Area) -> GeoAddress {
        let parts = area.searchTerm.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let term = parts.first ?? ""
        return GeoAddress(country: parts.count > 1 ? parts[1] : "", postcode: term, city: term)
    }
}
