import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    @Test("Audit records are written in batches, searched, and purged by age", arguments: TestEngine.all)
    func auditLog(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let records = (0..<250).map { index in
                AuditRecord(
                    createdAt: index < 50 ? "2026-01-01 00:00:00" : "2026-06-01 00:00:00", requestId: "r\(index)",
                    userType: index % 2 == 0 ? 2 : 4, userId: index % 2 == 0 ? 1 : nil, method: "GET",
                    path: "/rest/V1/x", status: 200, durationMs: 1.5
                )
            }
            try await storage.audit.append(records)
            #expect(try await storage.audit.search(SearchCriteria()).totalCount == 250)
            let admins = try await storage.audit.search(SearchCriteria(filterGroups: [FilterGroup(filters: [Filter(field: "user_type", value: "2")])]))
            #expect(admins.totalCount == 125)
            #expect(admins.items.first?.durationMs == 1.5)
            #expect(try await storage.audit.purge(before: MagentoTimestamp.date(from: "2026-03-01 00:00:00")!) == 50)
            #expect(try await storage.audit.search(SearchCriteria()).totalCount == 200)
        }
    }
}
