import HTTPTypes
import MagentoWire
import Testing

@Suite("Tier prices per customer group")
struct ProductTierPriceEndpointTests {
    @Test("add, list, replace and remove one group's tiers; all is the ALL GROUPS tier; errors as Magento's")
    func groupTiers() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"T-1","name":"T","price":20}}"#)
            let added = try await session.send(.post, "/rest/V1/products/T-1/group-prices/1/tiers/5/price/18", token: token)
            #expect(added.status == .ok)
            #expect(added.text == "true")
            _ = try await session.send(.post, "/rest/V1/products/T-1/group-prices/all/tiers/10/price/15.5", token: token)
            _ = try await session.send(.post, "/rest/V1/products/T-1/group-prices/1/tiers/5/price/17", token: token)
            #expect(try await session.get("/rest/V1/products/T-1/group-prices/1/tiers", token: token).text == #"[{"customer_group_id":1,"qty":5,"value":17}]"#)
            #expect(try await session.get("/rest/V1/products/T-1/group-prices/all/tiers", token: token).text == #"[{"customer_group_id":32000,"qty":10,"value":15.5}]"#)
            #expect(try await session.get("/rest/V1/products/T-1/group-prices/2/tiers", token: token).text == "[]")
            let product = try await session.get("/rest/V1/products/T-1?fields=tier_prices", token: token)
            #expect(product.text == #"{"tier_prices":[{"customer_group_id":1,"qty":5,"value":17,"extension_attributes":{"website_id":0}},{"customer_group_id":32000,"qty":10,"value":15.5,"extension_attributes":{"website_id":0}}]}"#)

            let removed = try await session.send(.delete, "/rest/V1/products/T-1/group-prices/1/tiers/5", token: token)
            #expect(removed.text == "true")
            #expect(try await session.get("/rest/V1/products/T-1/group-prices/1/tiers", token: token).text == "[]")
            let absent = try await session.send(.delete, "/rest/V1/products/T-1/group-prices/1/tiers/5", token: token)
            #expect(absent.status == .notFound)
            #expect(absent.text == #"{"message":"For current  customerGroupId = '%1' with 'qty' = %2 any tier price exist'.","parameters":["1","5"]}"#)

            let zero = try await session.send(.post, "/rest/V1/products/T-1/group-prices/1/tiers/0/price/5", token: token)
            #expect(zero.status == .badRequest)
            #expect(zero.text == #"{"message":"The data was invalid. Verify the data and try again."}"#)
            let noGroup = try await session.send(.post, "/rest/V1/products/T-1/group-prices/77/tiers/1/price/5", token: token)
            #expect(noGroup.status == .notFound)
            #expect(noGroup.text == #"{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"id","fieldValue":"77"}}"#)
            let noProduct = try await session.get("/rest/V1/products/NOPE/group-prices/1/tiers", token: token)
            #expect(noProduct.status == .notFound)
            #expect(noProduct.text == #"{"message":"The product that was requested doesn't exist. Verify the product and try again."}"#)
            let anonymous = try await session.get("/rest/V1/products/T-1/group-prices/1/tiers")
            #expect(anonymous.status == .unauthorized)
        }
    }
}
