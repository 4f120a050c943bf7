import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    static func bulk(_ uuid: String, operations: Int) -> NewBulk {
        NewBulk(
            uuid: uuid, userType: 2, userId: 1, description: "Topic t",
            operations: (0..<operations).map { index in
                NewBulk.Operation(
                    index: index, topic: "t", serializedData: "{}",
                    request: ScheduledRequest(method: "POST", path: "/V1/x", store: nil, pathParameters: [:], body: .object(JSONObject()), userType: 2, userId: 1),
                    status: .open
                )
            }
        )
    }

    @Test("Operations are claimed oldest first, once each while leased", arguments: TestEngine.all)
    func claiming(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            try await storage.bulks.schedule(Self.bulk("b1", operations: 2))
            let now = Date(timeIntervalSince1970: 2_000_000_000)
            let first = try #require(try await storage.bulks.claimNext(now: now, lease: 60))
            let second = try #require(try await storage.bulks.claimNext(now: now, lease: 60))
            #expect(first.id < second.id)
            #expect(try await storage.bulks.claimNext(now: now, lease: 60) == nil)
        }
    }

    @Test("An expired lease returns the operation to the queue, counting attempts", arguments: TestEngine.all)
    func leaseExpiry(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            try await storage.bulks.schedule(Self.bulk("b2", operations: 1))
            let now = Date(timeIntervalSince1970: 2_000_000_000)
            let claimed = try #require(try await storage.bulks.claimNext(now: now, lease: 60))
            #expect(try await storage.bulks.claimNext(now: now.addingTimeInterval(30), lease: 60) == nil)
            let again = try #require(try await storage.bulks.claimNext(now: now.addingTimeInterval(61), lease: 60))
            #expect(again.id == claimed.id)
            #expect(again.attempts == 2)
        }
    }

    @Test("A retried operation waits until it is due; a finished one is never claimed", arguments: TestEngine.all)
    func retryAndFinish(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            try await storage.bulks.schedule(Self.bulk("b3", operations: 1))
            let now = Date(timeIntervalSince1970: 2_000_000_000)
            let claimed = try #require(try await storage.bulks.claimNext(now: now, lease: 60))
            try await storage.bulks.retry(operationId: claimed.id, availableAt: now.addingTimeInterval(10), resultMessage: "busy")
            #expect(try await storage.bulks.claimNext(now: now.addingTimeInterval(5), lease: 60) == nil)
            let due = try #require(try await storage.bulks.claimNext(now: now.addingTimeInterval(11), lease: 60))
            try await storage.bulks.finish(operationId: due.id, status: .complete, resultMessage: "ok", resultData: "true", errorCode: nil)
            #expect(try await storage.bulks.claimNext(now: now.addingTimeInterval(1000), lease: 60) == nil)
            let summary = try #require(try await storage.bulks.bulk(uuid: "b3"))
            #expect(summary.operationsList.map(\.status) == [1])
            #expect(summary.operationsList.first?.resultSerializedData == "true")
            #expect(try await storage.bulks.countOperations(uuid: "b3", status: 1) == 1)
        }
    }
}

extension StorageContractTests {
    @Test("Operations are claimed in batches, and a batch of outcomes finishes or requeues each", arguments: TestEngine.all)
    func batches(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            try await storage.bulks.schedule(Self.bulk("b9", operations: 5))
            let now = Date(timeIntervalSince1970: 2_000_000_000)
            let claimed = try await storage.bulks.claimBatch(now: now, lease: 60, limit: 3)
            #expect(claimed.count == 3)
            #expect(claimed.map(\.id) == claimed.map(\.id).sorted())
            #expect(try await storage.bulks.claimBatch(now: now, lease: 60, limit: 10).count == 2)
            try await storage.bulks.finishBatch([
                OperationResult(operationId: claimed[0].id, status: .complete, resultMessage: "ok"),
                OperationResult(operationId: claimed[1].id, status: .notRetriablyFailed, resultMessage: "bad", errorCode: 7),
                OperationResult(operationId: claimed[2].id, status: .open, resultMessage: "later", retryAt: now.addingTimeInterval(10)),
            ])
            #expect(try await storage.bulks.countOperations(uuid: "b9", status: 1) == 1)
            #expect(try await storage.bulks.countOperations(uuid: "b9", status: 3) == 1)
            #expect(try await storage.bulks.claimBatch(now: now.addingTimeInterval(5), lease: 60, limit: 10).isEmpty)
            #expect(try await storage.bulks.claimBatch(now: now.addingTimeInterval(11), lease: 60, limit: 10).map(\.id) == [claimed[2].id])
        }
    }
}

extension StorageContractTests {
    @Test("An operation's first transaction marks it applied; a rerun's first transaction is refused", arguments: TestEngine.all)
    func appliedMark(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let first = OperationRun(operationId: 41)
            try await OperationRun.$current.withValue(first) {
                _ = try await storage.products.saveProduct(Product(sku: "RUN-1", name: "Run", price: 1), scope: .global, saveOptions: false)
                // A second transaction of the same run is not guarded again.
                _ = try await storage.products.saveProduct(Product(sku: "RUN-1", name: "Run 2"), scope: .global, saveOptions: false)
            }
            let rerun = OperationRun(operationId: 41)
            await #expect(throws: OperationAlreadyApplied.self) {
                try await OperationRun.$current.withValue(rerun) {
                    _ = try await storage.products.saveProduct(Product(sku: "RUN-1", name: "Run 3"), scope: .global, saveOptions: false)
                }
            }
            #expect(try await storage.products.product(sku: "RUN-1", scope: .global).name == "Run 2")
        }
    }
}
