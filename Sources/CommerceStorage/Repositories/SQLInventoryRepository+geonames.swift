import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

extension SQLInventoryRepository {
    public func saveGeonames(_ rows: [Geoname]) async throws {
        for row in rows where row.countryCode.isEmpty || row.postcode.isEmpty {
            throw CommerceError.invalidInputNamed(message: "\"%fieldName\" is required. Enter and try again.",
                                             parameters: ["fieldName": row.countryCode.isEmpty ? "country_code" : "postcode"])
        }
        for row in rows where !(-90...90).contains(row.latitude) || !(-180...180).contains(row.longitude) {
            throw CommerceError.invalidInput(message: "The coordinates of %1 %2 are out of range.", parameters: [row.countryCode, row.postcode])
        }
        try await provider.transaction { db in
            for row in rows {
                try await db.raw("""
                    INSERT INTO inventory_geoname (country_code, postcode, city, region, province, latitude, longitude)
                    VALUES (\(bind: row.countryCode), \(bind: row.postcode), \(bind: row.city), \(bind: row.region),
                            \(bind: row.province), \(bind: row.latitude), \(bind: row.longitude))
                    ON CONFLICT (country_code, postcode) DO UPDATE SET city = excluded.city, region = excluded.region,
                        province = excluded.province, latitude = excluded.latitude, longitude = excluded.longitude
                    """).run()
            }
        }
    }

    /// MSI's offline lookup order: the postcode, else places whose city starts with the address's
    /// city, else places in its region; the first step that finds anything answers.
    public func geonames(near address: GeoAddress, limit: Int?) async throws -> [Geoname] {
        let postcode = GreatCircle.lookupPostcode(address.postcode)
        return try await provider.read { db in
            let steps: [(column: String, value: String, prefix: Bool)] = [
                ("postcode", postcode, false), ("city", address.city, true), ("region", address.region, false),
            ]
            for step in steps where !step.value.isEmpty {
                // MySQL compares case-insensitively; LOWER on both sides gives that on both engines.
                let match: SQLQueryString = step.prefix
                    ? "LOWER(\(unsafeRaw: step.column)) LIKE LOWER(\(bind: Self.likePrefix(step.value))) ESCAPE '!'"
                    : "\(unsafeRaw: step.column) = \(bind: step.value)"
                let bound: SQLQueryString = limit.map { "LIMIT \(unsafeRaw: String($0))" } ?? ""
                let rows = try await db.raw("""
                    SELECT country_code, postcode, city, region, province, latitude, longitude FROM inventory_geoname
                    WHERE country_code = \(bind: address.country) AND \(match) ORDER BY entity_id \(bound)
                    """).all()
                if !rows.isEmpty {
                    return try rows.map { row in
                        Geoname(
                            countryCode: try row.decode(column: "country_code", as: String.self),
                            postcode: try row.decode(column: "postcode", as: String.self),
                            city: try row.decode(column: "city", as: String.self),
                            region: try row.decode(column: "region", as: String.self),
                            province: try row.decode(column: "province", as: String.self),
                            latitude: try row.decode(column: "latitude", as: Double.self),
                            longitude: try row.decode(column: "longitude", as: Double.self)
                        )
                    }
                }
            }
            return []
        }
    }

    /// A LIKE pattern matching values that start with `text`, its own wildcards taken literally.
    private static func likePrefix(_ text: String) -> String {
        text.replacingOccurrences(of: "!", with: "!!").replacingOccurrences(of: "%", with: "!%")
            .replacingOccurrences(of: "_", with: "!_") + "%"
    }
}
