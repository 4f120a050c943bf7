import CommerceDomain
import Foundation
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("The worker applies a batch of operations in one shared transaction")
struct SharedBatchTests {
    static let bulk = #"""
        [{"product":{"sku":"SB-A","name":"One","price":1,"attribute_set_id":4}},
         {"product":{"sku":"SB-B","price":1}},
         {"product":{"sku":"SB-A","name":"Two","price":2,"attribute_set_id":4}},
         {"product":{"sku":"SB-C","name":"Three","price":3,"attribute_set_id":4}}]
        """#

    @Test("operations run in queue order, a failing one rolls back alone, the rest are kept (shared batches on and off)",
          arguments: [true, false])
    func orderAndIsolation(shared: Bool) async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            let accepted = try await session.send(.post, "/rest/async/bulk/V1/products", token: token, body: Self.bulk)
            #expect(accepted.status == .accepted)
            var worker = app.magpie.worker
            worker.sharedBatches = shared
            try await worker.drain()

            let uuid = accepted.json?["bulk_uuid"]?.stringValue ?? ""
            let detailed = try await session.get("/rest/V1/bulk/\(uuid)/detailed-status", token: token)
            let operations = detailed.json?["operations_list"]?.arrayValue ?? []
            #expect(operations.map { $0["status"] } == [.number("1"), .number("3"), .number("1"), .number("1")])
            // The third operation saw the first one's uncommitted product and updated it.
            let a = try await session.get("/rest/V1/products/SB-A?fields=name,price", token: token)
            #expect(a.text == #"{"name":"Two","price":2}"#)
            let b = try await session.get("/rest/V1/products/SB-B", token: token)
            #expect(b.status == .notFound)
            let c = try await session.get("/rest/V1/products/SB-C?fields=name", token: token)
            #expect(c.text == #"{"name":"Three"}"#)
            let created = try await session.get("/rest/V1/events/search?searchCriteria[filterGroups][0][filters][0][field]=event_type&searchCriteria[filterGroups][0][filters][0][value]=product.created&fields=total_count", token: token)
            #expect(created.text == #"{"total_count":2}"#)
        }
    }
}
