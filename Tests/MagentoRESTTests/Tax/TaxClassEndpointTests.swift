import HTTPTypes
import HummingbirdTesting
import MagentoWire
import Testing

@Suite("Tax class endpoints")
struct TaxClassEndpointTests {
    @Test("the two default classes are listed")
    func defaults() async throws {
        try await TestApp.withoutDemo().run { session in
            let reply = try await session.get("/rest/V1/taxClasses/search?searchCriteria[sortOrders][0][field]=class_id&searchCriteria[sortOrders][0][direction]=ASC", token: try await session.adminToken())
            #expect(reply.status == .ok)
            #expect(reply.text == #"{"items":[{"class_id":2,"class_name":"Taxable Goods","class_type":"PRODUCT"},{"class_id":3,"class_name":"Retail Customer","class_type":"CUSTOMER"}],"search_criteria":{"filter_groups":[],"sort_orders":[{"field":"class_id","direction":"ASC"}]},"total_count":2}"#)
        }
    }

    @Test("a class is created as a string id, renamed through PUT, and deleted")
    func lifecycle() async throws {
        try await TestApp.withoutDemo().run { session in
            let token = try await session.adminToken()
            let created = try await session.send(.post, "/rest/V1/taxClasses", token: token, body: #"{"taxClass":{"class_name":"Food","class_type":"PRODUCT"}}"#)
            #expect(created.status == .ok)
            #expect(created.text == #""4""#)
            let renamed = try await session.send(.put, "/rest/V1/taxClasses/4", token: token, body: #"{"taxClass":{"class_name":"Groceries","class_type":"PRODUCT"}}"#)
            #expect(renamed.text == #""4""#)
            #expect(try await session.get("/rest/V1/taxClasses/4", token: token).text == #"{"class_id":4,"class_name":"Groceries","class_type":"PRODUCT"}"#)
            let deleted = try await session.send(.delete, "/rest/V1/taxClasses/4", token: token)
            #expect(deleted.text == "true")
            let gone = try await session.get("/rest/V1/taxClasses/4", token: token)
            #expect(gone.status == .notFound)
            #expect(gone.text == #"{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"class_id","fieldValue":"4"}}"#)
        }
    }

    @Test("invalid, duplicate and retyped classes get Magento's errors")
    func errors() async throws {
        try await TestApp.withoutDemo().run { session in
            let token = try await session.adminToken()
            let invalid = try await session.send(.post, "/rest/V1/taxClasses", token: token, body: #"{"taxClass":{"class_name":"","class_type":"OTHER"}}"#)
            #expect(invalid.status == .badRequest)
            #expect(invalid.text == #"{"message":"One or more input exceptions have occurred.","errors":[{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"class_name"}},{"message":"Invalid value of \"%value\" provided for the %fieldName field.","parameters":{"fieldName":"class_type","value":"OTHER"}}]}"#)
            let duplicate = try await session.send(.post, "/rest/V1/taxClasses", token: token, body: #"{"taxClass":{"class_name":"Taxable Goods","class_type":"PRODUCT"}}"#)
            #expect(duplicate.status == .badRequest)
            #expect(duplicate.text == #"{"message":"A class with the same name already exists for ClassType %1.","parameters":["PRODUCT"]}"#)
            let retyped = try await session.send(.put, "/rest/V1/taxClasses/2", token: token, body: #"{"taxClass":{"class_name":"Taxable Goods","class_type":"CUSTOMER"}}"#)
            #expect(retyped.status == .badRequest)
            #expect(retyped.text == #"{"message":"Updating classType is not allowed."}"#)
        }
    }

    @Test("a class used by a tax rule cannot be deleted")
    func usedClass() async throws {
        try await TestApp.withoutDemo().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/taxRates", token: token, body: TaxRateEndpointTests.california)
            _ = try await session.send(.post, "/rest/V1/taxRules", token: token, body: TaxRuleEndpointTests.rule)
            let refused = try await session.send(.delete, "/rest/V1/taxClasses/3", token: token)
            #expect(refused.status == .badRequest)
            #expect(refused.text == #"{"message":"You cannot delete this tax class because it is used in Tax Rules. You have to remove the rules it is used in first."}"#)
        }
    }

    @Test("tax routes need an admin token with Magento_Tax::manage_tax")
    func unauthorized() async throws {
        try await TestApp.withoutDemo().run { session in
            let reply = try await session.get("/rest/V1/taxClasses/2")
            #expect(reply.status == .unauthorized)
            #expect(reply.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Tax::manage_tax"}}"#)
        }
    }
}
