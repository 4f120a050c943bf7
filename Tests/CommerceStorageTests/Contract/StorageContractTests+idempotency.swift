import CommerceDomain
import CommerceStorage
import Foundation
import Testing

extension StorageContractTests {
    @Test("An idempotency key is reserved once, then replayed, refused on mismatch and forgotten", arguments: TestEngine.all)
    func idempotencyKeys(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let store = storage.idempotency
            let now = Date(timeIntervalSince1970: 2_000_000_000)
            #expect(try await store.begin(caller: "2:1", key: "k", requestHash: "h", now: now) == .proceed)
            #expect(try await store.begin(caller: "2:1", key: "k", requestHash: "h", now: now) == .inProgress)
            try await store.complete(caller: "2:1", key: "k", status: 200, body: "true")
            #expect(try await store.begin(caller: "2:1", key: "k", requestHash: "h", now: now) == .replay(status: 200, body: "true"))
            #expect(try await store.begin(caller: "2:1", key: "k", requestHash: "other", now: now) == .mismatch)
            #expect(try await store.begin(caller: "2:2", key: "k", requestHash: "other", now: now) == .proceed)
            #expect(try await store.begin(caller: "2:1", key: "k", requestHash: "h", now: now.addingTimeInterval(86_401)) == .proceed)
            try await store.abandon(caller: "2:1", key: "k")
            #expect(try await store.begin(caller: "2:1", key: "k", requestHash: "x", now: now) == .proceed)
        }
    }
}
