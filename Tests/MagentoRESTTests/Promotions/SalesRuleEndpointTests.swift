import HTTPTypes
import HummingbirdTesting
import MagentoWire
import Testing

@Suite("Sales rule endpoints")
struct SalesRuleEndpointTests {
    static let overHundred = #"{"condition_type":"Magento\\SalesRule\\Model\\Rule\\Condition\\Combine","conditions":[{"condition_type":"Magento\\SalesRule\\Model\\Rule\\Condition\\Address","operator":">=","attribute_name":"base_subtotal","value":"100"}],"aggregator_type":"all","value":"1"}"#
    static let create = #"{"rule":{"name":"10% off over $100","website_ids":[1],"customer_group_ids":[0,1],"is_active":true,"simple_action":"by_percent","discount_amount":10,"condition":\#(overHundred)}}"#
    static let stored = #"{"rule_id":1,"name":"10% off over $100","store_labels":[],"website_ids":[1],"customer_group_ids":[0,1],"uses_per_customer":0,"is_active":true,"condition":\#(overHundred),"action_condition":{"condition_type":"Magento\\SalesRule\\Model\\Rule\\Condition\\Product\\Combine","conditions":[],"aggregator_type":"all","value":"1"},"stop_rules_processing":false,"is_advanced":true,"sort_order":0,"simple_action":"by_percent","discount_amount":10,"discount_step":0,"apply_to_shipping":false,"times_used":0,"is_rss":true,"coupon_type":"NO_COUPON","use_auto_generation":false,"uses_per_coupon":0,"simple_free_shipping":0}"#

    @Test("a rule is created with Magento's defaults and its condition tree, read, searched, partly updated and deleted")
    func lifecycle() async throws {
        try await TestApp.withoutDemo().run { session in
            let token = try await session.adminToken()
            let created = try await session.send(.post, "/rest/V1/salesRules", token: token, body: Self.create)
            #expect(created.status == .ok)
            #expect(created.text == Self.stored)
            #expect(try await session.get("/rest/V1/salesRules/1", token: token).text == Self.stored)
            let list = try await session.get("/rest/V1/salesRules/search?searchCriteria[filterGroups][0][filters][0][field]=is_active&searchCriteria[filterGroups][0][filters][0][value]=1", token: token)
            #expect(list.text == #"{"items":[\#(Self.stored)],"search_criteria":{"filter_groups":[{"filters":[{"field":"is_active","value":"1"}]}]},"total_count":1}"#)
            let updated = try await session.send(.put, "/rest/V1/salesRules/1", token: token, body: #"{"rule":{"rule_id":9,"name":"Free shipping","website_ids":[1],"customer_group_ids":[1],"is_active":false,"sort_order":3,"stop_rules_processing":true,"simple_free_shipping":2,"from_date":"2026-01-01","to_date":"2026-12-31"}}"#)
            #expect(updated.text == #"{"rule_id":1,"name":"Free shipping","store_labels":[],"website_ids":[1],"customer_group_ids":[1],"from_date":"2026-01-01","to_date":"2026-12-31","uses_per_customer":0,"is_active":false,"condition":\#(Self.overHundred),"action_condition":{"condition_type":"Magento\\SalesRule\\Model\\Rule\\Condition\\Product\\Combine","conditions":[],"aggregator_type":"all","value":"1"},"stop_rules_processing":true,"is_advanced":true,"sort_order":3,"simple_action":"by_percent","discount_amount":10,"discount_step":0,"apply_to_shipping":false,"times_used":0,"is_rss":true,"coupon_type":"NO_COUPON","use_auto_generation":false,"uses_per_coupon":0,"simple_free_shipping":2}"#)
            #expect(try await session.send(.delete, "/rest/V1/salesRules/1", token: token).text == "true")
            let gone = try await session.get("/rest/V1/salesRules/1", token: token)
            #expect(gone.status == .notFound)
            #expect(gone.text == #"{"message":"No such entity."}"#)
        }
    }

    @Test("a rule without name, websites or groups, or with an unknown action, is refused")
    func invalid() async throws {
        try await TestApp.withoutDemo().run { session in
            let reply = try await session.send(.post, "/rest/V1/salesRules", token: try await session.adminToken(), body: #"{"rule":{"simple_action":"by_magic","from_date":"2026-02-01","to_date":"2026-01-01"}}"#)
            #expect(reply.status == .badRequest)
            #expect(reply.text == #"{"message":"One or more input exceptions have occurred.","errors":[{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"name"}},{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"website_ids"}},{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"customer_group_ids"}},{"message":"Invalid value of \"%value\" provided for the %fieldName field.","parameters":{"fieldName":"simple_action","value":"by_magic"}},{"message":"End Date must follow Start Date."}]}"#)
        }
    }

    @Test("sales rule routes need Magento_SalesRule::quote")
    func unauthorized() async throws {
        try await TestApp.withoutDemo().run { session in
            let reply = try await session.get("/rest/V1/salesRules/1")
            #expect(reply.status == .unauthorized)
            #expect(reply.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_SalesRule::quote"}}"#)
        }
    }
}
