import Foundation
import HTTPTypes
import MagentoWire
import Testing

@Suite("In-store pickup: pickup locations and orders ready for pickup")
struct PickupLocationEndpointTests {
    static func source(_ code: String, name: String, city: String, postcode: String, lat: Double, lng: Double, active: Bool, front: String? = nil) -> String {
        let frontName = front.map { #","frontend_name":"\#($0)""# } ?? ""
        return #"{"source":{"source_code":"\#(code)","name":"\#(name)","enabled":true,"country_id":"US","city":"\#(city)","postcode":"\#(postcode)","latitude":\#(lat),"longitude":\#(lng),"extension_attributes":{"is_pickup_location_active":\#(active)\#(frontName)}}}"#
    }

    @Test("a website's active pickup locations, filtered, within an area by distance, sorted and paged")
    func locations() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            for body in [
                Self.source("austin", name: "Austin store", city: "Austin", postcode: "78701", lat: 30.2672, lng: -97.7431, active: true, front: "Austin Downtown"),
                Self.source("dallas", name: "Dallas store", city: "Dallas", postcode: "75201", lat: 32.7767, lng: -96.797, active: true),
                Self.source("warehouse", name: "Warehouse", city: "Austin", postcode: "78702", lat: 30.26, lng: -97.72, active: false),
            ] {
                #expect(try await session.send(.post, "/rest/V1/inventory/sources", token: token, body: body).status == .ok)
            }
            _ = try await session.send(.post, "/rest/V1/inventory/stock-source-links", token: token, body: #"{"links":[{"stock_id":1,"source_code":"austin","priority":2},{"stock_id":1,"source_code":"dallas","priority":3},{"stock_id":1,"source_code":"warehouse","priority":4}]}"#)

            // Anonymous, as storefronts ask.
            let all = try await session.get("/rest/V1/inventory/in-store-pickup/pickup-locations/?searchRequest[scopeCode]=base&searchRequest[sort][0][field]=name")
            #expect(all.status == .ok)
            #expect(all.json?["items"]?.arrayValue?.compactMap { $0["pickup_location_code"]?.stringValue } == ["austin", "dallas"])
            #expect(all.json?["items"]?.arrayValue?.first?["name"] == "Austin Downtown")
            #expect(all.json?["total_count"] == 2)
            #expect(all.json?["search_request"]?["scope_code"] == "base")

            let filtered = try await session.get("/rest/V1/inventory/in-store-pickup/pickup-locations/?searchRequest[scopeCode]=base&searchRequest[filters][city][value]=dal%25&searchRequest[filters][city][conditionType]=like")
            #expect(filtered.json?["items"]?.arrayValue?.compactMap { $0["pickup_location_code"]?.stringValue } == ["dallas"])
            let paged = try await session.get("/rest/V1/inventory/in-store-pickup/pickup-locations/?searchRequest[scopeCode]=base&searchRequest[pageSize]=1&searchRequest[currentPage]=2&searchRequest[sort][0][field]=pickup_location_code&searchRequest[sort][0][direction]=DESC")
            #expect(paged.json?["items"]?.arrayValue?.compactMap { $0["pickup_location_code"]?.stringValue } == ["austin"])
            #expect(paged.json?["total_count"] == 2)

            let unknownPlace = try await session.get("/rest/V1/inventory/in-store-pickup/pickup-locations/?searchRequest[scopeCode]=base&searchRequest[area][radius]=50&searchRequest[area][searchTerm]=78701:US")
            #expect(unknownPlace.status == .notFound)
            #expect(unknownPlace.text == #"{"message":"Unknown geoname for %1","parameters":[" 78701 78701  US"]}"#)
            _ = try await session.send(.put, "/rest/V1/magpie/inventory/geonames", token: token, body: #"{"geonames":[{"country_code":"US","postcode":"78701","city":"Austin","region":"Texas","latitude":30.27,"longitude":-97.74}]}"#)
            let near = try await session.get("/rest/V1/inventory/in-store-pickup/pickup-locations/?searchRequest[scopeCode]=base&searchRequest[area][radius]=50&searchRequest[area][searchTerm]=78701:US")
            #expect(near.json?["items"]?.arrayValue?.compactMap { $0["pickup_location_code"]?.stringValue } == ["austin"])
            let wide = try await session.get("/rest/V1/inventory/in-store-pickup/pickup-locations/?searchRequest[scopeCode]=base&searchRequest[area][radius]=500&searchRequest[area][searchTerm]=Austin:US")
            #expect(wide.json?["items"]?.arrayValue?.compactMap { $0["pickup_location_code"]?.stringValue } == ["austin", "dallas"])

            let noWebsite = try await session.get("/rest/V1/inventory/in-store-pickup/pickup-locations/?searchRequest[scopeCode]=mars")
            #expect(noWebsite.status == .notFound)
            #expect(noWebsite.text == #"{"message":"The website with code %1 that was requested wasn't found. Verify the website and try again.","parameters":["mars"]}"#)
            #expect(try await session.get("/rest/V1/inventory/in-store-pickup/pickup-locations/").status == .badRequest)
        }
    }

    @Test("orders placed for pickup are shipped when ready; others are reported, not refused")
    func notify() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: token)
            let regular = try #require(try await session.placeOrder(token: token).json?["entity_id"]?.numberText)
            let pickupBody = """
                {"entity":{"customer_email":"ada@example.com","items":[{"sku":"SALE-1","name":"Item","qty_ordered":1,"price":10}],
                "payment":{"method":"checkmo"},"extension_attributes":{"pickup_location_code":"default"}}}
                """
            let pickup = try #require(try await session.send(.post, "/rest/V1/orders", token: token, body: pickupBody).json?["entity_id"]?.numberText)
            let reply = try await session.send(.post, "/rest/V1/order/notify-orders-are-ready-for-pickup", token: token, body: #"{"orderIds":[\#(pickup),\#(regular),999]}"#)
            #expect(reply.status == .ok)
            #expect(reply.text == #"{"successful":false,"failed":[{"id":\#(regular),"message":"The order is not ready for pickup"},{"id":999,"message":"The entity that was requested doesn't exist. Verify the entity and try again."}]}"#)
            let shipped = try await session.get("/rest/V1/shipments?searchCriteria[filterGroups][0][filters][0][field]=order_id&searchCriteria[filterGroups][0][filters][0][value]=\(pickup)&fields=total_count", token: token)
            #expect(shipped.text == #"{"total_count":1}"#)
            #expect(try await session.send(.post, "/rest/V1/order/notify-orders-are-ready-for-pickup", token: token, body: #"{"orderIds":[\#(pickup)]}"#).text == #"{"successful":true,"failed":[]}"#)
            let anonymous = try await session.send(.post, "/rest/V1/order/notify-orders-are-ready-for-pickup", body: #"{"orderIds":[1]}"#)
            #expect(anonymous.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_InventoryInStorePickupApi::notify_orders_are_ready_for_pickup"}}"#)
        }
    }
}
