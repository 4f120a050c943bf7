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

@Suite("The ERP stock push, a deployer's custom endpoint")
struct ERPStockEndpointTests {
    static let body = #"{"items":[{"sku":"ERP-1","qty":12},{"sku":"","qty":3},{"sku":"ERP-3","qty":0}]}"#

    static func signature(_ body: String, _ secret: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(body.utf8), using: SymmetricKey(data: Data(secret.utf8)))
            .map { String(format: "%02x", $0) }.joined()
    }

    @Test("a push answers with a queued job whose lines are applied by the worker, failures listed")
    func pushAndJob() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            let pushed = try await session.send(.post, "/rest/V1/erp/stock", token: token, body: Self.body)
            #expect(pushed.status == .ok)
            let id = pushed.json?["job_id"]?.stringValue ?? ""
            #expect(pushed.text == #"{"job_id":"\#(id)","status":"queued","item_count":3,"applied":0,"failed":0,"failures":[]}"#)
            try await app.magpie.worker.drain()
            let job = try await session.get("/rest/V1/erp/stock/jobs/\(id)", token: token)
            #expect(job.text == #"{"job_id":"\#(id)","status":"done_with_errors","item_count":3,"applied":2,"failed":1,"failures":[{"line":1,"message":"Validation Failed"}]}"#)
            let stock = try await session.get("/rest/V1/inventory/source-items?searchCriteria[sortOrders][0][field]=sku&searchCriteria[sortOrders][0][direction]=ASC", token: token)
            #expect(stock.json?["items"]?.arrayValue?.map { [$0["sku"], $0["quantity"], $0["status"]] } == [
                [.string("ERP-1"), .number("12"), .number("1")], [.string("ERP-3"), .number("0"), .number("0")],
            ])
        }
    }

    @Test("with a shared secret, the raw body's HMAC-SHA256 must be in X-Signature")
    func signatures() async throws {
        let app = try await TestApp.make { $0.erpSecret = "s3cret" }
        try await app.run { session in
            let token = try await session.adminToken()
            let missing = try await session.send(.post, "/rest/V1/erp/stock", token: token, body: Self.body)
            #expect(missing.status == .unauthorized)
            #expect(missing.text == #"{"message":"The X-Signature header does not match the request body."}"#)
            let wrong = try await session.send(.post, "/rest/V1/erp/stock", token: token, body: Self.body, headers: ["X-Signature": Self.signature(Self.body + " ", "s3cret")])
            #expect(wrong.status == .unauthorized)
            let signed = try await session.send(.post, "/rest/V1/erp/stock", token: token, body: Self.body, headers: ["X-Signature": "sha256=" + Self.signature(Self.body, "s3cret")])
            #expect(signed.status == .ok)
            // Checked before parsing: a bad signature on malformed JSON is still a signature error.
            let garbage = try await session.send(.post, "/rest/V1/erp/stock", token: token, body: "{not json", headers: ["X-Signature": "00"])
            #expect(garbage.status == .unauthorized)
        }
    }

    @Test("the route has its own ACL resource, and unknown jobs are 404")
    func accessAndMissing() async throws {
        try await TestApp.make().run { session in
            let guest = try await session.send(.post, "/rest/V1/erp/stock", body: Self.body)
            #expect(guest.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magpie_ERP::stock"}}"#)
            let missing = try await session.get("/rest/V1/erp/stock/jobs/nope", token: try await session.adminToken())
            #expect(missing.status == .notFound)
            #expect(missing.text == #"{"message":"Job %jobId does not exist.","parameters":{"jobId":"nope"}}"#)
        }
    }
}
