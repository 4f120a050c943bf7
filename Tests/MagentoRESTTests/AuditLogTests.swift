import CommerceDomain
import CommerceJobs
import Foundation
import CommerceStorage
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("The audit log")
struct AuditLogTests {
    @Test("every API call is recorded with caller, method, path, status and request id, never credentials")
    func records() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.get, "/rest/V1/store/websites?x=secret-in-query", headers: ["X-Request-Id": "audit-1"])
            _ = try await session.get("/rest/default/V1/store/websites", token: token)
            try await app.magpie.auditWriter.flush()
            let query = "searchCriteria[sortOrders][0][field]=id&searchCriteria[sortOrders][0][direction]=ASC"
            let reply = try await session.get("/rest/V1/audit/search?\(query)", token: token)
            let items = reply.json?["items"]?.arrayValue ?? []
            #expect(items.map { $0["path"]?.stringValue } == ["/rest/V1/integration/admin/token", "/rest/V1/store/websites", "/rest/default/V1/store/websites"])
            #expect(items.map { $0["status"] } == [.number("200"), .number("401"), .number("200")])
            #expect(items.map { $0["user_type"] } == [.number("4"), .number("4"), .number("2")])
            #expect(items[1]["request_id"] == .string("audit-1"))
            #expect(items[2]["user_id"] == .number("1"))
            #expect(items.allSatisfy { $0["duration_ms"] != nil && $0["created_at"] != nil })
            #expect(!reply.text.contains("secret-in-query"))
            #expect(!reply.text.contains(token))
            #expect(!reply.text.contains(TestApp.adminPassword))
        }
    }

    @Test("records are searchable by status and forgotten past the retention window")
    func searchAndPurge() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            _ = try await session.get("/rest/V1/nothing")
            try await app.magpie.auditWriter.flush()
            let notFound = try await session.get("/rest/V1/audit/search?searchCriteria[filter_groups][0][filters][0][field]=status&searchCriteria[filter_groups][0][filters][0][value]=404", token: token)
            #expect(notFound.json?["total_count"] == .number("1"))
            let purged = try await app.magpie.storage.audit.purge(before: app.clock.now().addingTimeInterval(1))
            #expect(purged >= 2)
        }
    }
}
