import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    @Test("Geonames are replaced by country and postcode and found by postcode, city prefix (any case, wildcards literal), then region",
          arguments: TestEngine.all)
    func geonameLookup(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let inventory = storage.inventory
            #expect(try await inventory.geonames(near: GeoAddress(country: "DE", postcode: "10115"), limit: 1).isEmpty)
            try await inventory.saveGeonames([
                Geoname(countryCode: "DE", postcode: "10115", city: "Berlin", region: "Berlin", latitude: 52.532, longitude: 13.3846),
                Geoname(countryCode: "DE", postcode: "10117", city: "Berlin", region: "Berlin", latitude: 52.517, longitude: 13.3872),
                Geoname(countryCode: "DE", postcode: "80331", city: "München", region: "Bayern", latitude: 48.1372, longitude: 11.5755),
                Geoname(countryCode: "FR", postcode: "75001", city: "Paris_1", region: "IDF", latitude: 48.86, longitude: 2.34),
            ])
            try await inventory.saveGeonames([Geoname(countryCode: "DE", postcode: "10115", city: "Berlin", region: "Berlin", latitude: 52.53, longitude: 13.38)])

            let byPostcode = try await inventory.geonames(near: GeoAddress(country: "DE", postcode: "10115", city: "Hamburg"), limit: 1)
            #expect(byPostcode.map(\.latitude) == [52.53])
            let byCity = try await inventory.geonames(near: GeoAddress(country: "DE", postcode: "0", city: "BERL"), limit: nil)
            #expect(byCity.map(\.postcode) == ["10115", "10117"])
            #expect(try await inventory.geonames(near: GeoAddress(country: "DE", city: "berl"), limit: 1).map(\.postcode) == ["10115"])
            #expect(try await inventory.geonames(near: GeoAddress(country: "DE", region: "Bayern"), limit: nil).map(\.city) == ["München"])
            // "_" and "%" in a city are the characters themselves, not LIKE wildcards.
            #expect(try await inventory.geonames(near: GeoAddress(country: "FR", city: "Paris_"), limit: nil).map(\.postcode) == ["75001"])
            #expect(try await inventory.geonames(near: GeoAddress(country: "FR", city: "Pa%1"), limit: nil).isEmpty)
            #expect(try await inventory.geonames(near: GeoAddress(country: "AT", postcode: "10115"), limit: nil).isEmpty)
        }
    }
}
