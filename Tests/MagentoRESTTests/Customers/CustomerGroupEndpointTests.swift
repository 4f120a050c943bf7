import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import Testing

@Suite("Customer group endpoints")
struct CustomerGroupEndpointTests {
    @Test("search lists Magento's seeded groups")
    func seeded() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let reply = try await session.get("/rest/V1/customerGroups/search?searchCriteria=", token: token)
            #expect(reply.status == .ok)
            #expect(reply.text == #"{"items":[{"id":0,"code":"NOT LOGGED IN","tax_class_id":3,"tax_class_name":"Retail Customer"},{"id":1,"code":"General","tax_class_id":3,"tax_class_name":"Retail Customer"},{"id":2,"code":"Wholesale","tax_class_id":3,"tax_class_name":"Retail Customer"},{"id":3,"code":"Retailer","tax_class_id":3,"tax_class_name":"Retail Customer"}],"search_criteria":{"filter_groups":[]},"total_count":4}"#)
        }
    }

    @Test("the default group is General, for any known store")
    func defaultGroup() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let plain = try await session.get("/rest/V1/customerGroups/default", token: token)
            #expect(plain.text == #"{"id":1,"code":"General","tax_class_id":3,"tax_class_name":"Retail Customer"}"#)
            let store = try await session.get("/rest/V1/customerGroups/default/1?fields=id", token: token)
            #expect(store.text == #"{"id":1}"#)
            let unknown = try await session.get("/rest/V1/customerGroups/default/42", token: token)
            #expect(unknown.status == .notFound)
            #expect(unknown.text == #"{"message":"The store that was requested wasn't found. Verify the store and try again."}"#)
        }
    }

    @Test("PUT default/:id makes another group the default: new accounts join it, it is read-only, the old one is not")
    func setDefaultGroup() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let set = try await session.send(.put, "/rest/V1/customerGroups/default/2", token: token)
            #expect(set.status == .ok)
            #expect(set.text == "2")
            #expect(try await session.get("/rest/V1/customerGroups/default?fields=id,code", token: token).text == #"{"id":2,"code":"Wholesale"}"#)
            #expect(try await session.get("/rest/V1/customerGroups/default/1?fields=id", token: token).text == #"{"id":2}"#)
            let customer = try await session.send(.post, "/rest/V1/customers", token: token, body: #"{"customer":{"email":"group@example.com","firstname":"G","lastname":"D"}}"#)
            #expect(customer.json?["group_id"] == .number("2"))
            #expect(try await session.get("/rest/V1/customerGroups/2/permissions", token: token).text == "true")
            #expect(try await session.get("/rest/V1/customerGroups/1/permissions", token: token).text == "false")
            let refused = try await session.send(.delete, "/rest/V1/customerGroups/2", token: token)
            #expect(refused.status == .badRequest)
            #expect(refused.text == #"{"message":"You can't delete group \"%1\".","parameters":["Wholesale"]}"#)
            let unknown = try await session.send(.put, "/rest/V1/customerGroups/default/99", token: token)
            #expect(unknown.status == .notFound)
            #expect(unknown.text == #"{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"id","fieldValue":"99"}}"#)
            #expect(try await session.get("/rest/V1/customerGroups/default?fields=id", token: token).text == #"{"id":2}"#)
        }
    }

    @Test("create, rename and delete a group; codes are unique")
    func crud() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let created = try await session.send(.post, "/rest/V1/customerGroups", token: token, body: #"{"group":{"code":"VIP","tax_class_id":3}}"#)
            #expect(created.text == #"{"id":4,"code":"VIP","tax_class_id":3,"tax_class_name":"Retail Customer"}"#)
            let duplicate = try await session.send(.post, "/rest/V1/customerGroups", token: token, body: #"{"group":{"code":"VIP"}}"#)
            #expect(duplicate.status == .badRequest)
            #expect(duplicate.text == #"{"message":"Customer Group already exists."}"#)
            let renamed = try await session.send(.put, "/rest/V1/customerGroups/4", token: token, body: #"{"group":{"code":"Gold"}}"#)
            #expect(renamed.text == #"{"id":4,"code":"Gold","tax_class_id":3,"tax_class_name":"Retail Customer"}"#)
            let fetched = try await session.get("/rest/V1/customerGroups/4?fields=code", token: token)
            #expect(fetched.text == #"{"code":"Gold"}"#)
            let readonly = try await session.get("/rest/V1/customerGroups/4/permissions", token: token)
            #expect(readonly.text == "false")
            let deleted = try await session.send(.delete, "/rest/V1/customerGroups/4", token: token)
            #expect(deleted.text == "true")
            let missing = try await session.get("/rest/V1/customerGroups/4", token: token)
            #expect(missing.status == .notFound)
            #expect(missing.text == #"{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"id","fieldValue":"4"}}"#)
        }
    }

    @Test("built-in groups cannot be deleted and codes are required")
    func errors() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let general = try await session.send(.delete, "/rest/V1/customerGroups/1", token: token)
            #expect(general.status == .badRequest)
            #expect(general.text == #"{"message":"You can't delete group \"%1\".","parameters":["General"]}"#)
            let readonly = try await session.get("/rest/V1/customerGroups/0/permissions", token: token)
            #expect(readonly.text == "true")
            let noCode = try await session.send(.post, "/rest/V1/customerGroups", token: token, body: #"{"group":{"tax_class_id":3}}"#)
            #expect(noCode.text == #"{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"code"}}"#)
            let denied = try await session.get("/rest/V1/customerGroups/1")
            #expect(denied.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Customer::group"}}"#)
        }
    }

    @Test("a customer of a deleted group moves to the default group")
    func deleteMovesCustomers() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/customerGroups", token: token, body: #"{"group":{"code":"VIP"}}"#)
            _ = try await session.send(.post, "/rest/V1/customers", token: token, body: #"{"customer":{"email":"v@example.com","firstname":"V","lastname":"P","group_id":4}}"#)
            _ = try await session.send(.delete, "/rest/V1/customerGroups/4", token: token)
            let customer = try await session.get("/rest/V1/customers/1?fields=group_id", token: token)
            #expect(customer.text == #"{"group_id":1}"#)
        }
    }
}
