import CommerceJobs
import Foundation
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

@Suite("Audit export")
struct AuditExportTests {
    @Test("the export is CSV with a header, filtered by searchCriteria, quoting what needs it")
    func csv() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"A,B","name":"Comma","price":1}}"#)
            try await app.magpie.auditWriter.flush()
            let export = try await session.get("/rest/V1/audit/export?searchCriteria[filterGroups][0][filters][0][field]=method&searchCriteria[filterGroups][0][filters][0][value]=POST&searchCriteria[sortOrders][0][field]=id&searchCriteria[sortOrders][0][direction]=ASC", token: token)
            #expect(export.status == .ok)
            #expect(export.contentType == "text/csv; charset=utf-8")
            let lines = export.text.components(separatedBy: "\r\n")
            #expect(lines[0] == "id,created_at,request_id,user_type,user_id,method,path,status,duration_ms,entity_ids")
            #expect(lines.count == 4)   // header, token request, product save, trailing empty
            #expect(lines[2].contains(",2,1,POST,/rest/V1/products,200,"))
            #expect(lines[2].hasSuffix(#","product:A,B""#))   // the comma inside is quoted
            let everything = try await session.get("/rest/V1/audit/export", token: token)
            #expect(everything.text.components(separatedBy: "\r\n").count >= 4)
            let guest = try await session.get("/rest/V1/audit/export")
            #expect(guest.status == .unauthorized)
        }
    }
}
