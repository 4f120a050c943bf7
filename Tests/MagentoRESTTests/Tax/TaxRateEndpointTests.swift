import HTTPTypes
import HummingbirdTesting
import MagentoWire
import Testing

@Suite("Tax rate endpoints")
struct TaxRateEndpointTests {
    static let california = #"{"taxRate":{"tax_country_id":"US","tax_region_id":12,"tax_postcode":"*","rate":8.25,"code":"US-CA-*-Rate 1"}}"#
    static let stored = #"{"id":1,"tax_country_id":"US","tax_region_id":12,"tax_postcode":"*","rate":8.25,"code":"US-CA-*-Rate 1","titles":[]}"#

    @Test("a rate is created, read, listed, updated through PUT with the id in the body, and deleted")
    func lifecycle() async throws {
        try await TestApp.withoutDemo().run { session in
            let token = try await session.adminToken()
            let created = try await session.send(.post, "/rest/V1/taxRates", token: token, body: Self.california)
            #expect(created.status == .ok)
            #expect(created.text == Self.stored)
            #expect(try await session.get("/rest/V1/taxRates/1", token: token).text == Self.stored)
            let list = try await session.get("/rest/V1/taxRates/search?searchCriteria[filterGroups][0][filters][0][field]=tax_country_id&searchCriteria[filterGroups][0][filters][0][value]=US", token: token)
            #expect(list.text == #"{"items":[\#(Self.stored)],"search_criteria":{"filter_groups":[{"filters":[{"field":"tax_country_id","value":"US"}]}]},"total_count":1}"#)
            let updated = try await session.send(.put, "/rest/V1/taxRates", token: token, body: #"{"taxRate":{"id":1,"tax_country_id":"US","tax_region_id":12,"zip_is_range":1,"zip_from":90000,"zip_to":90999,"rate":"9.5","code":"US-CA-LA","titles":[{"store_id":"1","value":"Sales Tax"}]}}"#)
            #expect(updated.text == #"{"id":1,"tax_country_id":"US","tax_region_id":12,"tax_postcode":"90000-90999","zip_is_range":1,"zip_from":90000,"zip_to":90999,"rate":9.5,"code":"US-CA-LA","titles":[{"store_id":"1","value":"Sales Tax"}]}"#)
            #expect(try await session.send(.delete, "/rest/V1/taxRates/1", token: token).text == "true")
            let gone = try await session.get("/rest/V1/taxRates/1", token: token)
            #expect(gone.status == .notFound)
            #expect(gone.text == #"{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"taxRateId","fieldValue":"1"}}"#)
        }
    }

    @Test("a duplicate code, bad input and a PUT of an unknown id get Magento's errors")
    func errors() async throws {
        try await TestApp.withoutDemo().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/taxRates", token: token, body: Self.california)
            let duplicate = try await session.send(.post, "/rest/V1/taxRates", token: token, body: Self.california)
            #expect(duplicate.status == .badRequest)
            #expect(duplicate.text == #"{"message":"%1 already exists.","parameters":["Code"]}"#)
            let invalid = try await session.send(.post, "/rest/V1/taxRates", token: token, body: #"{"taxRate":{"tax_country_id":"XX","rate":5,"code":"x"}}"#)
            #expect(invalid.status == .badRequest)
            #expect(invalid.text == #"{"message":"One or more input exceptions have occurred.","errors":[{"message":"Invalid value of \"%value\" provided for the %fieldName field.","parameters":{"fieldName":"country_id","value":"XX"}},{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"postcode"}}]}"#)
            let unknown = try await session.send(.put, "/rest/V1/taxRates", token: token, body: #"{"taxRate":{"id":77,"tax_country_id":"US","tax_postcode":"*","rate":1,"code":"y"}}"#)
            #expect(unknown.status == .notFound)
            #expect(unknown.text == #"{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"taxRateId","fieldValue":"77"}}"#)
        }
    }

    @Test("a rate used by a tax rule cannot be deleted")
    func usedRate() async throws {
        try await TestApp.withoutDemo().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/taxRates", token: token, body: Self.california)
            _ = try await session.send(.post, "/rest/V1/taxRules", token: token, body: TaxRuleEndpointTests.rule)
            let refused = try await session.send(.delete, "/rest/V1/taxRates/1", token: token)
            #expect(refused.status == .badRequest)
            #expect(refused.text == #"{"message":"The tax rate cannot be removed. It exists in a tax rule."}"#)
        }
    }
}
