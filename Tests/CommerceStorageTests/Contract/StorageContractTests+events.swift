import CommerceDomain
import CommerceStorage
import MagentoWire
import Testing

extension StorageContractTests {
    static func appendEvents(_ storage: Storage, count: Int) async throws {
        for index in 1...count {
            try await storage.provider.transaction { db in
                try await Outbox.append(
                    DomainEvent(type: index.isMultiple(of: 2) ? "thing.saved" : "thing.created", entityType: "thing", entityId: String(index)),
                    on: db, at: "2024-05-06 07:08:\(index < 10 ? "0" : "")\(index)"
                )
            }
        }
    }

    @Test("Events are read after a cursor in commit order, at most a limit", arguments: TestEngine.all)
    func eventsAfterCursor(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            try await Self.appendEvents(storage, count: 5)
            let all = try await storage.events.events(after: 0, limit: 100)
            #expect(all.map(\.event.entityId) == ["1", "2", "3", "4", "5"])
            let page = try await storage.events.events(after: all[1].id, limit: 2)
            #expect(page.map(\.event.entityId) == ["3", "4"])
        }
    }

    @Test("Events can be searched with searchCriteria", arguments: TestEngine.all)
    func searchingEvents(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            try await Self.appendEvents(storage, count: 6)
            let criteria = SearchCriteria(
                filterGroups: [FilterGroup(filters: [Filter(field: "event_type", value: "thing.saved")])],
                sortOrders: [SortOrder(field: "created_at", direction: "DESC")],
                pageSize: 2
            )
            let page = try await storage.events.search(criteria)
            #expect(page.totalCount == 3)
            #expect(page.items.map(\.event.entityId) == ["6", "4"])
        }
    }
}
