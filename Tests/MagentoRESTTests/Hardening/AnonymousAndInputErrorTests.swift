import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

/// Issue 16 (2, 4, 6): input that used to hang, wrap or answer 500 gets Magento's errors.
@Suite("Hardening: input errors")
struct AnonymousAndInputErrorTests {
    static let invalidValue = #"Invalid value of \"%value\" provided for the %fieldName field."#

    @Test("an existing media folder, or a path through a file, is a 404 for anyone")
    func mediaFolder() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"MB-01","name":"Bag","price":1}}"#)
            let created = try await session.send(.post, "/rest/V1/products/MB-01/media", token: token, body: #"{"entry":{"media_type":"image","types":["image"],"content":{"base64_encoded_data":"\#(ProductMediaEndpointTests.png)","type":"image/png","name":"bag.png"}}}"#)
            #expect(created.status == .ok)
            #expect(try await session.get("/media/catalog/product/b/a/bag.png").status == .ok)
            for path in ["/media/catalog/product/b", "/media/catalog/product/b/a", "/media/catalog/product/b/a/", "/media/catalog/product/b/a/bag.png/x"] {
                let reply = try await session.get(path)
                #expect(reply.status == .notFound, "\(path)")
            }
        }
    }

    @Test("a regexp filter that cannot be read is a 400; a backtracking one answers at once")
    func regexpFilters() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"MB-01","name":"Joust Duffle Bag with a rather long name","price":1}}"#)
            let base = "/rest/V1/products?searchCriteria[filterGroups][0][filters][0][field]=name&searchCriteria[filterGroups][0][filters][0][condition_type]=regexp&searchCriteria[filterGroups][0][filters][0][value]="
            let invalid = try await session.get(base + "%28", token: token)
            #expect(invalid.status == .badRequest)
            #expect(invalid.text == #"{"message":"\#(Self.invalidValue)","parameters":{"fieldName":"name","value":"("}}"#)
            let evil = try await session.get(base + "%28.*.*%29*zz&fields=total_count", token: token)
            #expect(evil.status == .ok)
            #expect(evil.text == #"{"total_count":0}"#)
            let good = try await session.get(base + "%5Ejoust.*bag&fields=total_count", token: token)
            #expect(good.text == #"{"total_count":1}"#)
        }
    }

    @Test("a price or quantity past what can be stored is refused, and the stored values stay")
    func decimalBounds() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"MB-01","name":"Bag","price":12.5,"extension_attributes":{"stock_item":{"qty":3,"is_in_stock":true}}}}"#)
            let price = try await session.send(.put, "/rest/V1/products/MB-01", token: token, body: #"{"product":{"price":1e15}}"#)
            #expect(price.status == .badRequest)
            #expect(price.text == #"{"message":"\#(Self.invalidValue)","parameters":{"fieldName":"price","value":"1000000000000000"}}"#)
            let created = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"BIG","name":"Big","price":922337203685478}}"#)
            #expect(created.status == .badRequest)
            let qty = try await session.send(.put, "/rest/V1/products/MB-01/stockItems/1", token: token, body: #"{"stockItem":{"qty":1e15,"is_in_stock":true}}"#)
            #expect(qty.status == .badRequest)
            #expect(qty.text == #"{"message":"\#(Self.invalidValue)","parameters":{"fieldName":"qty","value":"1000000000000000"}}"#)
            let stored = try await session.get("/rest/V1/products/MB-01?fields=price,extension_attributes[stock_item[qty]]", token: token)
            #expect(stored.text == #"{"price":12.5,"extension_attributes":{"stock_item":{"qty":3}}}"#)
            let missing = try await session.get("/rest/V1/products/BIG", token: token)
            #expect(missing.status == .notFound)
        }
    }
}
