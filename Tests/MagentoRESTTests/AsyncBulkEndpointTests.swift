import CommerceDomain
import CommerceStorage
import Crypto
import Foundation
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Async and bulk variants derived from the endpoint table")
struct AsyncBulkEndpointTests {
    static let source = #"{"source_code":"eu","name":"EU","country_id":"DE","postcode":"10115"}"#

    func uuid(_ reply: TestReply) -> String { reply.json?["bulk_uuid"]?.stringValue ?? "" }

    @Test("an async POST is accepted with 202 and applied only when the worker runs")
    func asyncPost() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            let reply = try await session.send(.post, "/rest/async/V1/inventory/source-items", token: token, body: #"{"sourceItems":[{"sku":"A1","source_code":"default","quantity":5,"status":1}]}"#)
            #expect(reply.status == .accepted)
            #expect(reply.json?.objectValue?.keys == ["bulk_uuid", "request_items", "errors"])
            #expect(reply.json?["errors"] == .bool(false))
            let item = reply.json?["request_items"]?.arrayValue?.first
            #expect(item?["id"] == .number("0"))
            #expect(item?["status"] == .string("accepted"))
            #expect(item?["data_hash"]?.stringValue?.count == 64)
            let before = try await session.get("/rest/V1/inventory/source-items?searchCriteria=", token: token)
            #expect(before.json?["total_count"] == .number("0"))

            try await app.magpie.worker.drain()
            let after = try await session.get("/rest/V1/inventory/source-items?searchCriteria=", token: token)
            #expect(after.json?["total_count"] == .number("1"))
            let status = try await session.get("/rest/V1/bulk/\(uuid(reply))/status", token: token)
            #expect(status.status == .ok)
            let expected = #"{"operations_list":[{"id":1,"status":1,"result_message":"Service execution success Magento\\InventoryApi\\Api\\SourceItemsSaveInterface::execute"}],"user_type":2,"bulk_id":""# + uuid(reply) + #"","description":"Topic async.magento.inventoryapi.api.sourceitemssaveinterface.execute.post","start_time":"#
            #expect(status.text.hasPrefix(expected))
            #expect(status.text.hasSuffix(#","user_id":1,"operation_count":1}"#))
        }
    }

    @Test("a bulk array schedules one operation per element and rejects what cannot be bound")
    func bulkRejects() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            let reply = try await session.send(.post, "/rest/async/bulk/V1/inventory/sources", token: token, body: #"[{"source":\#(Self.source)},"not an object",{"source":{"source_code":"bad code"}}]"#)
            #expect(reply.status == .accepted)
            #expect(reply.json?["errors"] == .bool(true))
            let items = reply.json?["request_items"]?.arrayValue ?? []
            #expect(items.map { $0["status"]?.stringValue } == ["accepted", "rejected", "accepted"])
            #expect(items[1]["error_message"] == .string("Not all parameters valid."))
            #expect(items[1]["error_code"] == .number("0"))

            try await app.magpie.worker.drain()
            let detailed = try await session.get("/rest/V1/bulk/\(uuid(reply))/detailed-status", token: token)
            let operations = detailed.json?["operations_list"]?.arrayValue ?? []
            #expect(operations.map { $0["status"] } == [.number("1"), .number("5"), .number("3")])
            #expect(operations[2]["result_message"] == .string("Validation Failed"))
            #expect(operations[2]["error_code"] == .number("0"))
            #expect(operations[0]["topic_name"] == .string("async.magento.inventoryapi.api.sourcerepositoryinterface.save.post"))
            let serialized = operations[0]["serialized_data"]?.stringValue ?? ""
            #expect(serialized == #"{"entity_id":null,"entity_link":"","meta_information":"{\"source\":\#(Self.source.replacingOccurrences(of: "\"", with: "\\\""))}"}"#)
            let hash = SHA256.hash(data: Data(serialized.utf8)).map { String(format: "%02x", $0) }.joined()
            #expect(items[0]["data_hash"] == .string(hash))
            let failed = try await session.get("/rest/V1/bulk/\(uuid(reply))/operation-status/3", token: token)
            #expect(failed.text == "1")
            let saved = try await session.get("/rest/V1/inventory/sources/eu", token: token)
            #expect(saved.status == .ok)
        }
    }

    @Test("bulk placeholders become by<Param> and are read from each element")
    func bulkByParam() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            let reply = try await session.send(.put, "/rest/all/async/bulk/V1/inventory/sources/bySourceCode", token: token, body: #"[{"sourceCode":"north","source":{"name":"North","country_id":"NO","postcode":"0150"}}]"#)
            #expect(reply.status == .accepted)
            try await app.magpie.worker.drain()
            let saved = try await session.get("/rest/V1/inventory/sources/north", token: token)
            #expect(saved.json?["name"] == .string("North"))
        }
    }

    @Test("a DELETE is reachable async, with the URL's placeholder")
    func asyncDelete() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/inventory/stocks", token: token, body: #"{"stock":{"name":"Temp"}}"#)
            let reply = try await session.send(.delete, "/rest/async/V1/inventory/stocks/2", token: token)
            #expect(reply.status == .accepted)
            try await app.magpie.worker.drain()
            let gone = try await session.get("/rest/V1/inventory/stocks/2", token: token)
            #expect(gone.status == .notFound)
        }
    }

    @Test("async routes check the synchronous route's ACL before storing anything")
    func asyncACL() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.send(.post, "/rest/async/V1/inventory/source-items", body: #"{"sourceItems":[]}"#)
            #expect(reply.status == .unauthorized)
            #expect(reply.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_InventoryApi::stock_source_item_assign"}}"#)
        }
    }

    @Test("an async path with no write route behind it is 404; a bulk body must be a list")
    func asyncErrors() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let missing = try await session.send(.post, "/rest/async/V1/nothing", token: token, body: "{}")
            #expect(missing.status == .notFound)
            let notList = try await session.send(.post, "/rest/async/bulk/V1/inventory/sources", token: token, body: "{}")
            #expect(notList.status == .badRequest)
            #expect(notList.text == #"{"message":"Not all parameters valid."}"#)
        }
    }

    @Test("an unknown bulk uuid is Magento's 404")
    func unknownBulk() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/bulk/nope/status", token: try await session.adminToken())
            #expect(reply.status == .notFound)
            #expect(reply.text == #"{"message":"Bulk uuid %bulkUuid not exist","parameters":{"bulkUuid":"nope"}}"#)
        }
    }

    @Test("operations are searchable by bulk uuid and status")
    func searchOperations() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            let reply = try await session.send(.post, "/rest/async/bulk/V1/inventory/source-items", token: token, body: #"[{"sourceItems":[{"sku":"X","source_code":"default","quantity":1,"status":1}]},{"sourceItems":[{"sku":"Y","source_code":"mars","quantity":1,"status":1}]}]"#)
            try await app.magpie.worker.drain()
            let query = "searchCriteria[filter_groups][0][filters][0][field]=bulk_uuid&searchCriteria[filter_groups][0][filters][0][value]=\(uuid(reply))&searchCriteria[filter_groups][1][filters][0][field]=status&searchCriteria[filter_groups][1][filters][0][value]=3"
            let found = try await session.get("/rest/V1/bulk?\(query)", token: token)
            #expect(found.json?["total_count"] == .number("1"))
            #expect(found.json?["items"]?.arrayValue?.first?["result_message"] == .string("Source with code \"mars\" does not exist."))
        }
    }

    @Test("every write route has its async and bulk variants, by derivation")
    func swaggerUnaffected() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            for (method, path) in [(HTTPRequest.Method.post, "/rest/async/V1/inventory/stock-source-links"), (.post, "/rest/default/async/bulk/V1/inventory/stock-source-links-delete"), (.put, "/rest/async/bulk/V1/inventory/stocks/byStockId")] {
                let reply = try await session.send(method, path, token: token, body: method == .put ? "[]" : (path.contains("bulk") ? "[]" : #"{"links":[]}"#))
                #expect(reply.status == .accepted, "\(path)")
            }
        }
    }
}
