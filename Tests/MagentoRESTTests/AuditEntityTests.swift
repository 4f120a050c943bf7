import CommerceJobs
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagpieServer
import Testing

@Suite("Audit records name the entities a call changed")
struct AuditEntityTests {
    @Test("a product save records the product; a stock update the stock item; reads record none")
    func entityIds() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"MB-01","name":"Bag","price":1}}"#)
            _ = try await session.send(.put, "/rest/V1/products/MB-01/stockItems/1", token: token, body: #"{"stockItem":{"qty":3,"is_in_stock":true}}"#)
            _ = try await session.get("/rest/V1/products/MB-01", token: token)
            try await app.magpie.auditWriter.flush()
            let query = "searchCriteria[filterGroups][0][filters][0][field]=path&searchCriteria[filterGroups][0][filters][0][value]=%25MB-01%25&searchCriteria[filterGroups][0][filters][0][conditionType]=like&searchCriteria[sortOrders][0][field]=id&searchCriteria[sortOrders][0][direction]=ASC"
            let reply = try await session.get("/rest/V1/audit/search?\(query)&fields=items[method,entity_ids]", token: token)
            #expect(reply.text == #"{"items":[{"method":"PUT","entity_ids":"stock_item:MB-01"},{"method":"GET"}]}"#)
            let created = try await session.get("/rest/V1/audit/search?searchCriteria[filterGroups][0][filters][0][field]=entity_ids&searchCriteria[filterGroups][0][filters][0][value]=product:MB-01&searchCriteria[filterGroups][0][filters][0][conditionType]=finset&fields=items[method,path]", token: token)
            #expect(created.text == #"{"items":[{"method":"POST","path":"/rest/V1/products"}]}"#)
        }
    }
}
