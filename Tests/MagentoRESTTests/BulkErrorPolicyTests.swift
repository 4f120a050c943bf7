import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Per-bulk error policy")
struct BulkErrorPolicyTests {
    static let rows = #"[{"product":{"sku":"A","name":"A","price":1}},{"product":{"name":"no sku","price":1}},7]"#

    func count(_ session: TestSession, _ uuid: String, token: String) async throws -> String {
        try await session.get("/rest/V1/bulk/\(uuid)/status?fields=operation_count", token: token).text
    }

    @Test("by default rows without their placeholder or not objects are rejected and kept in the bulk")
    func rejectFailed() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            let reply = try await session.send(.put, "/rest/all/async/bulk/V1/products/bySku", token: token, body: Self.rows)
            #expect(reply.status == .accepted)
            let items = reply.json?["request_items"]?.arrayValue ?? []
            #expect(items.map { $0["status"]?.stringValue } == ["accepted", "rejected", "rejected"])
            #expect(items[1]["error_message"] == .string("\"sku\" is required. Enter and try again."))
            #expect(reply.json?["errors"] == .bool(true))
            let uuid = reply.json?["bulk_uuid"]?.stringValue ?? ""
            #expect(try await count(session, uuid, token: token) == #"{"operation_count":3}"#)
            try await app.magpie.worker.drain()
            let product = try await session.get("/rest/V1/products/A?fields=sku", token: token)
            #expect(product.text == #"{"sku":"A"}"#)
        }
    }

    @Test("reject-all refuses the whole request and stores nothing")
    func rejectAll() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            let reply = try await session.send(.put, "/rest/all/async/bulk/V1/products/bySku", token: token, body: Self.rows, headers: ["Magpie-Bulk-Error-Policy": "reject-all"])
            #expect(reply.status == .badRequest)
            #expect(reply.text == #"{"message":"The bulk was not accepted: %1 of its %2 operations cannot be scheduled.","parameters":["2","3"]}"#)
            let bulks = try await session.get("/rest/V1/bulk?searchCriteria=&fields=total_count", token: token)
            #expect(bulks.text == #"{"total_count":0}"#)
        }
    }

    @Test("ignore-failed answers the rejected rows but leaves them out of the bulk; unknown policies are a 400")
    func ignoreFailed() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            let reply = try await session.send(.put, "/rest/all/async/bulk/V1/products/bySku", token: token, body: Self.rows, headers: ["Magpie-Bulk-Error-Policy": "ignore-failed"])
            #expect(reply.status == .accepted)
            let uuid = reply.json?["bulk_uuid"]?.stringValue ?? ""
            #expect(try await count(session, uuid, token: token) == #"{"operation_count":1}"#)
            let unknown = try await session.send(.put, "/rest/all/async/bulk/V1/products/bySku", token: token, body: Self.rows, headers: ["Magpie-Bulk-Error-Policy": "maybe"])
            #expect(unknown.status == .badRequest)
            #expect(unknown.text == #"{"message":"Invalid value of \"%1\" provided for the %2 field.","parameters":["maybe","Magpie-Bulk-Error-Policy"]}"#)
        }
    }
}
