import HTTPTypes
import HummingbirdTesting
import MagentoWire
import Testing

@Suite("Demo tax, promotion and CMS data")
struct DemoPromotionsEndpointTests {
    @Test("the demo store has its four tax rates and their rule")
    func taxes() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let rates = try await session.get("/rest/V1/taxRates/search?searchCriteria[sortOrders][0][field]=id&searchCriteria[sortOrders][0][direction]=ASC&fields=items[code,tax_region_id,rate]", token: token)
            #expect(rates.text == #"{"items":[{"tax_region_id":12,"rate":8.25,"code":"US-CA-*-Rate 1"},{"tax_region_id":43,"rate":8.875,"code":"US-NY-*-Rate 1"},{"tax_region_id":0,"rate":20,"code":"FR-*-*-Rate 1"},{"tax_region_id":0,"rate":19,"code":"DE-*-*-Rate 1"}]}"#)
            let rule = try await session.get("/rest/V1/taxRules/1", token: token)
            #expect(rule.text == #"{"id":1,"code":"Retail Tax","priority":0,"position":0,"customer_tax_class_ids":[3],"product_tax_class_ids":[2],"tax_rate_ids":[1,2,3,4],"calculate_subtotal":false}"#)
        }
    }

    @Test("the demo store has three sales rules, the SAVE10 coupons and its CMS pages and footer block")
    func rulesAndContent() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let rules = try await session.get("/rest/V1/salesRules/search?searchCriteria=&fields=items[rule_id,name,coupon_type,simple_free_shipping]", token: token)
            #expect(rules.text == #"{"items":[{"rule_id":1,"name":"10% off orders over $100","coupon_type":"NO_COUPON","simple_free_shipping":0},{"rule_id":2,"name":"SAVE10","coupon_type":"SPECIFIC_COUPON","simple_free_shipping":0},{"rule_id":3,"name":"Free shipping over $75","coupon_type":"NO_COUPON","simple_free_shipping":2}]}"#)
            let coupons = try await session.get("/rest/V1/coupons/search?searchCriteria=&fields=items[code,rule_id,is_primary]", token: token)
            #expect(coupons.text == #"{"items":[{"rule_id":2,"code":"SAVE10","is_primary":true},{"rule_id":2,"code":"WELCOME10","is_primary":false},{"rule_id":2,"code":"FRIENDS10","is_primary":false}]}"#)
            let pages = try await session.get("/rest/V1/cmsPage/search?searchCriteria=&fields=items[identifier],total_count", token: token)
            #expect(pages.text == #"{"items":[{"identifier":"home"},{"identifier":"no-route"},{"identifier":"about-us"}],"total_count":3}"#)
            #expect(try await session.get("/rest/V1/cmsBlock/1?fields=identifier,title", token: token).text == #"{"identifier":"footer_links","title":"Footer Links"}"#)
        }
    }
}
