import CommerceDomain
import Foundation
import HTTPTypes
import Logging
import MagentoWire
import MagpieServer
import Testing

@Suite("MSI's distance-based source selection API with the offline provider")
struct DistanceSourceSelectionEndpointTests {
    static let berlin = "address[country]=DE&address[postcode]=10115&address[city]=&address[region]=&address[street]="

    @Test("a store with no geonames answers Magento's 'Unknown geoname'; imported places are found by postcode, city prefix, then region")
    func offlineLookup() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            #expect(try await session.get("/rest/V1/inventory/get-distance-provider-code", token: token).text == #""offline""#)

            let unknown = try await session.get("/rest/V1/inventory/get-latlng-from-address?\(Self.berlin)", token: token)
            #expect(unknown.status == .notFound)
            #expect(unknown.text == #"{"message":"Unknown geoname for %1","parameters":[" 10115   DE"]}"#)
            let none = try await session.get("/rest/V1/inventory/get-latslngs-from-address?\(Self.berlin)", token: token)
            #expect(none.status == .notFound)

            let imported = try await session.send(.put, "/rest/V1/magpie/inventory/geonames", token: token, body: #"""
                {"geonames":[
                  {"country_code":"DE","postcode":"10115","city":"Berlin","region":"Berlin","latitude":52.532,"longitude":13.3846},
                  {"country_code":"DE","postcode":"10117","city":"Berlin","region":"Berlin","latitude":52.517,"longitude":13.3872},
                  {"country_code":"DE","postcode":"80331","city":"München","region":"Bayern","latitude":48.1372,"longitude":11.5755},
                  {"country_code":"GB","postcode":"M1","city":"Manchester","region":"England","latitude":53.4794,"longitude":-2.2453}
                ]}
                """#)
            #expect(imported.status == .ok)
            #expect(try await session.get("/rest/V1/inventory/get-latlng-from-address?\(Self.berlin)", token: token).text == #"{"lat":52.532,"lng":13.3846}"#)
            // A British postcode is looked up by its outward code, as geonames.org lists it.
            let manchester = try await session.get("/rest/V1/inventory/get-latlng-from-address?address[country]=GB&address[postcode]=M1%201AE", token: token)
            #expect(manchester.text == #"{"lat":53.4794,"lng":-2.2453}"#)
            // No postcode match: the city, by prefix and regardless of case, gives every place in it.
            let city = try await session.get("/rest/V1/inventory/get-latslngs-from-address?address[country]=DE&address[postcode]=99999&address[city]=berl", token: token)
            #expect(city.text == #"[{"lat":52.532,"lng":13.3846},{"lat":52.517,"lng":13.3872}]"#)
            let region = try await session.get("/rest/V1/inventory/get-latlng-from-address?address[country]=DE&address[postcode]=1&address[region]=Bayern", token: token)
            #expect(region.text == #"{"lat":48.1372,"lng":11.5755}"#)
            // Country first: the same postcode elsewhere is not a match.
            let elsewhere = try await session.get("/rest/V1/inventory/get-latlng-from-address?address[country]=AT&address[postcode]=10115", token: token)
            #expect(elsewhere.text == #"{"message":"Unknown geoname for %1","parameters":[" 10115   AT"]}"#)

            let replaced = try await session.send(.put, "/rest/V1/magpie/inventory/geonames", token: token, body: #"{"geonames":[{"country_code":"DE","postcode":"10115","city":"Berlin","latitude":52.53,"longitude":13.38}]}"#)
            #expect(replaced.status == .ok)
            #expect(try await session.get("/rest/V1/inventory/get-latlng-from-address?\(Self.berlin)", token: token).text == #"{"lat":52.53,"lng":13.38}"#)
            let outOfRange = try await session.send(.put, "/rest/V1/magpie/inventory/geonames", token: token, body: #"{"geonames":[{"country_code":"DE","postcode":"1","latitude":91,"longitude":0}]}"#)
            #expect(outOfRange.status == .badRequest)
            #expect(outOfRange.text == #"{"message":"The coordinates of %1 %2 are out of range.","parameters":["DE","1"]}"#)
            let noPostcode = try await session.send(.put, "/rest/V1/magpie/inventory/geonames", token: token, body: #"{"geonames":[{"country_code":"DE","postcode":"","latitude":1,"longitude":0}]}"#)
            #expect(noPostcode.text == #"{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"postcode"}}"#)

            let anonymous = try await session.get("/rest/V1/inventory/get-distance-provider-code")
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_InventoryApi::source"}}"#)
        }
    }

    @Test("distances are great-circle metres, as the offline provider computes them")
    func distance() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let answer = try await session.get("/rest/V1/inventory/get-distance?source[lat]=52.52&source[lng]=13.405&destination[lat]=48.1351&destination[lng]=11.582", token: token)
            #expect(answer.status == .ok)
            let metres = try #require(Double(answer.text))
            #expect(abs(metres - 504_415.331) < 0.01)
            #expect(try await session.get("/rest/V1/inventory/get-distance?source[lat]=1&source[lng]=2&destination[lat]=1&destination[lng]=2", token: token).text == "0")
            let missing = try await session.get("/rest/V1/inventory/get-distance?source[lat]=1&source[lng]=2", token: token)
            #expect(missing.status == .badRequest)
        }
    }

    @Test("a provider other than the built-in offline one is refused with Magento's message")
    func otherProvider() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("magpie-distance-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let configuration = ServerConfiguration(database: path, adminPassword: TestApp.adminPassword)
        _ = try await ConfigAdmin.set(configuration, scope: .default, scopeCode: nil,
                                      path: "cataloginventory/source_selection_distance_based/provider", value: "google", logger: Logger(label: "test"))
        try await TestApp.make { $0.database = path }.run { session in
            let token = try await session.adminToken()
            #expect(try await session.get("/rest/V1/inventory/get-distance-provider-code", token: token).text == #""google""#)
            let refused = try await session.get("/rest/V1/inventory/get-distance?source[lat]=1&source[lng]=2&destination[lat]=1&destination[lng]=3", token: token)
            #expect(refused.status == .badRequest)
            #expect(refused.text == #"{"message":"No such distance provider: %1","parameters":["google"]}"#)
        }
    }

    @Test("the distance algorithm ships from the nearest sources first; unplaced sources and an unknown destination fall back to priority")
    func distanceAlgorithm() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let sources = [
                #"{"source":{"source_code":"berlin","name":"Berlin","enabled":true,"country_id":"DE","postcode":"10115"}}"#,
                #"{"source":{"source_code":"munich","name":"Munich","enabled":true,"country_id":"DE","postcode":"00000","latitude":48.14,"longitude":11.58}}"#,
            ]
            for body in sources {
                let created = try await session.send(.post, "/rest/V1/inventory/sources", token: token, body: body)
                #expect(created.status == .ok, "\(created.text)")
            }
            _ = try await session.send(.post, "/rest/V1/inventory/stock-source-links", token: token, body: #"{"links":[{"stock_id":1,"source_code":"berlin","priority":2},{"stock_id":1,"source_code":"munich","priority":3}]}"#)
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"DS-1","name":"D","price":5}}"#)
            let stocked = try await session.send(.post, "/rest/V1/inventory/source-items", token: token, body: #"{"sourceItems":[{"sku":"DS-1","source_code":"default","quantity":5,"status":1},{"sku":"DS-1","source_code":"berlin","quantity":5,"status":1},{"sku":"DS-1","source_code":"munich","quantity":2,"status":1}]}"#)
            #expect(stocked.status == .ok, "\(stocked.text)")
            _ = try await session.send(.put, "/rest/V1/magpie/inventory/geonames", token: token, body: #"{"geonames":[{"country_code":"DE","postcode":"10115","city":"Berlin","latitude":52.53,"longitude":13.38},{"country_code":"DE","postcode":"80331","city":"München","latitude":48.137,"longitude":11.575}]}"#)

            func select(_ destination: String) async throws -> TestReply {
                try await session.send(.post, "/rest/V1/inventory/source-selection-algorithm-result", token: token, body: #"{"inventoryRequest":{"stock_id":1,"items":[{"sku":"DS-1","qty":4}],"extension_attributes":{"destination_address":\#(destination)}},"algorithmCode":"distance"}"#)
            }
            // Munich is placed by its own coordinates (its postcode is in no geoname), Berlin by
            // its postcode; the default source has no place and comes last. As in Magento, every
            // in-stock source past the covered quantity is listed with nothing to deduct.
            let nearMunich = try await select(#"{"country":"DE","postcode":"80331","street":"Marienplatz 1","region":"Bayern","city":"München"}"#)
            #expect(nearMunich.text == #"{"source_selection_items":[{"source_code":"munich","sku":"DS-1","qty_to_deduct":2,"qty_available":2},{"source_code":"berlin","sku":"DS-1","qty_to_deduct":2,"qty_available":5},{"source_code":"default","sku":"DS-1","qty_to_deduct":0,"qty_available":5}],"shippable":true}"#)
            let nearBerlin = try await select(#"{"country":"DE","postcode":"10115"}"#)
            #expect(nearBerlin.text == #"{"source_selection_items":[{"source_code":"berlin","sku":"DS-1","qty_to_deduct":4,"qty_available":5},{"source_code":"munich","sku":"DS-1","qty_to_deduct":0,"qty_available":2},{"source_code":"default","sku":"DS-1","qty_to_deduct":0,"qty_available":5}],"shippable":true}"#)
            let nowhere = try await select(#"{"country":"FR","postcode":"75001"}"#)
            #expect(nowhere.text == #"{"source_selection_items":[{"source_code":"default","sku":"DS-1","qty_to_deduct":4,"qty_available":5},{"source_code":"berlin","sku":"DS-1","qty_to_deduct":0,"qty_available":5},{"source_code":"munich","sku":"DS-1","qty_to_deduct":0,"qty_available":2}],"shippable":true}"#)
        }
    }
}
