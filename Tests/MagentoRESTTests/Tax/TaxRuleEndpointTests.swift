import HTTPTypes
import HummingbirdTesting
import MagentoWire
import Testing

@Suite("Tax rule endpoints")
struct TaxRuleEndpointTests {
    static let rule = #"{"rule":{"code":"Retail","priority":0,"position":0,"customer_tax_class_ids":[3],"product_tax_class_ids":[2],"tax_rate_ids":[1],"calculate_subtotal":false}}"#

    @Test("a rule is created with its links, updated through PUT, searched and deleted")
    func lifecycle() async throws {
        try await TestApp.withoutDemo().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/taxRates", token: token, body: TaxRateEndpointTests.california)
            let created = try await session.send(.post, "/rest/V1/taxRules", token: token, body: Self.rule)
            #expect(created.status == .ok)
            #expect(created.text == #"{"id":1,"code":"Retail","priority":0,"position":0,"customer_tax_class_ids":[3],"product_tax_class_ids":[2],"tax_rate_ids":[1],"calculate_subtotal":false}"#)
            let updated = try await session.send(.put, "/rest/V1/taxRules", token: token, body: #"{"rule":{"id":1,"code":"Retail CA","priority":1,"position":2,"customer_tax_class_ids":[3],"product_tax_class_ids":[2],"tax_rate_ids":[1],"calculate_subtotal":true}}"#)
            #expect(updated.text == #"{"id":1,"code":"Retail CA","priority":1,"position":2,"customer_tax_class_ids":[3],"product_tax_class_ids":[2],"tax_rate_ids":[1],"calculate_subtotal":true}"#)
            let list = try await session.get("/rest/V1/taxRules/search?searchCriteria[filterGroups][0][filters][0][field]=code&searchCriteria[filterGroups][0][filters][0][value]=Retail%25&searchCriteria[filterGroups][0][filters][0][conditionType]=like", token: token)
            #expect(list.text == #"{"items":[\#(updated.text)],"search_criteria":{"filter_groups":[{"filters":[{"field":"code","value":"Retail%","condition_type":"like"}]}]},"total_count":1}"#)
            #expect(try await session.send(.delete, "/rest/V1/taxRules/1", token: token).text == "true")
            let gone = try await session.get("/rest/V1/taxRules/1", token: token)
            #expect(gone.status == .notFound)
            #expect(gone.text == #"{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"taxRuleId","fieldValue":"1"}}"#)
        }
    }

    @Test("unknown classes, a missing code and a duplicate code get Magento's errors")
    func errors() async throws {
        try await TestApp.withoutDemo().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/taxRates", token: token, body: TaxRateEndpointTests.california)
            let invalid = try await session.send(.post, "/rest/V1/taxRules", token: token, body: #"{"rule":{"priority":0,"position":0,"customer_tax_class_ids":[2],"product_tax_class_ids":[2],"tax_rate_ids":[1]}}"#)
            #expect(invalid.status == .badRequest)
            #expect(invalid.text == #"{"message":"One or more input exceptions have occurred.","errors":[{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"code"}},{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"customer_tax_class_ids","fieldValue":"2"}}]}"#)
            _ = try await session.send(.post, "/rest/V1/taxRules", token: token, body: Self.rule)
            let duplicate = try await session.send(.post, "/rest/V1/taxRules", token: token, body: Self.rule)
            #expect(duplicate.status == .badRequest)
            #expect(duplicate.text == #"{"message":"%1 already exists.","parameters":["Code"]}"#)
        }
    }
}
