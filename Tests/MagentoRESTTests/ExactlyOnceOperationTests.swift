import CommerceDomain
import CommerceStorage
import Foundation
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Queued operations apply exactly once")
struct ExactlyOnceOperationTests {
    @Test("an operation applied by a worker that died before recording it is not applied again")
    func replayAfterCrash() async throws {
        let clock = TestClock()
        let app = try await TestApp.make(clock: clock)
        try await app.run { session in
            let token = try await session.adminToken()
            let accepted = try await session.send(.post, "/rest/async/V1/products", token: token, body: #"{"product":{"sku":"ONCE","name":"Once","price":1}}"#)
            #expect(accepted.status == .accepted)
            // A worker claims and applies the operation, then "dies": the outcome is never recorded.
            let claimed = try #require(try await app.magpie.storage.bulks.claimNext(now: clock.now(), lease: 60))
            let first = await OperationRun.$current.withValue(OperationRun(operationId: claimed.id)) {
                await app.magpie.responder.perform(claimed)
            }
            guard case .success = first else { Issue.record("first run failed: \(first)"); return }
            // Before the lease ends nobody else takes it; after, another worker does.
            #expect(try await app.magpie.storage.bulks.claimNext(now: clock.now(), lease: 60) == nil)
            clock.advance(by: 61)
            try await app.magpie.worker.drain()

            let status = try await session.get("/rest/V1/bulk/\(accepted.json?["bulk_uuid"]?.stringValue ?? "")/status", token: token)
            #expect(status.json?["operations_list"]?.arrayValue?.first?["status"] == .number("1"))
            #expect(status.json?["operations_list"]?.arrayValue?.first?["result_message"]?.stringValue?.hasSuffix("(applied before a restart)") == true)
            let events = try await session.get("/rest/V1/events/search?searchCriteria[filterGroups][0][filters][0][field]=event_type&searchCriteria[filterGroups][0][filters][0][value]=product.created&fields=total_count", token: token)
            #expect(events.text == #"{"total_count":1}"#)
        }
    }

    @Test("an operation that failed leaves no applied mark, so a retry applies it")
    func failedRunIsNotMarked() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/async/V1/products", token: token, body: #"{"product":{"sku":"BAD","price":1}}"#)
            try await app.magpie.worker.drain()
            let fixed = try await session.send(.post, "/rest/async/V1/products", token: token, body: #"{"product":{"sku":"BAD","name":"Fixed","price":1}}"#)
            #expect(fixed.status == .accepted)
            try await app.magpie.worker.drain()
            let product = try await session.get("/rest/V1/products/BAD?fields=name", token: token)
            #expect(product.text == #"{"name":"Fixed"}"#)
        }
    }
}
