import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

/// The audit log's "contains" filters (served by migration 0031's trigram indexes), keyset paging
/// by id and the capped count: the same rows on every engine as a plain scan would give.
extension StorageContractTests {
    /// Every third call a product GET or PUT with entities, then an order, then an upper-case list;
    /// the first 30 are old enough to purge.
    static func searchableAuditRecord(_ index: Int) -> AuditRecord {
        let path = ["/rest/V1/products/SKU-\(index)", "/rest/V1/orders/\(index)", "/rest/default/V1/PRODUCTS"][index % 3]
        return AuditRecord(
            createdAt: index < 30 ? "2026-01-01 00:00:00" : "2026-06-01 00:00:00", requestId: "r\(index)", userType: 2, userId: 1,
            method: index % 2 == 0 ? "GET" : "PUT", path: path, status: 200, durationMs: 1,
            entityIds: index % 3 == 0 ? "product:SKU-\(index),order:\(index)" : nil
        )
    }

    @Test("Audit path and entity 'contains' filters, keyset paging and capped counts", arguments: TestEngine.all)
    func auditContainsFilters(engine: TestEngine) async throws {
        let records = (0..<300).map(Self.searchableAuditRecord)
        try await withStorage(engine) { storage throws in
            try await storage.audit.append(records)
            func expected(_ keep: (AuditRecord) -> Bool) -> [String] { records.filter(keep).map(\.requestId).reversed() }
            func search(_ filters: [(String, String, String)], page: Int = 1, size: Int = 500, countLimit: Int? = nil) async throws -> SearchPage<AuditRecord> {
                let groups = filters.map { FilterGroup(filters: [Filter(field: $0.0, value: $0.1, conditionType: $0.2)]) }
                let criteria = SearchCriteria(filterGroups: groups, sortOrders: [SortOrder(field: "id", direction: "DESC")], pageSize: size, currentPage: page)
                return try await storage.audit.search(criteria, countLimit: countLimit)
            }

            // "contains", case-insensitive as Magento's MySQL compares, newest first.
            let products = try await search([("path", "%products%", "like")])
            #expect(products.items.map(\.requestId) == expected { $0.path.lowercased().contains("products") })
            #expect(products.totalCount == 200)
            let oneSku = try await search([("path", "%SKU-33%", "like")])
            #expect(oneSku.items.map(\.requestId) == expected { $0.path.contains("SKU-33") })
            #expect(try await search([("path", "%nothing-matches%", "like")]).totalCount == 0)
            // A pattern shorter than a trigram still matches exactly.
            #expect(try await search([("path", "%3%", "like")]).items.map(\.requestId) == expected { $0.path.contains("3") })
            let entity = try await search([("entity_ids", "%product:SKU-2%", "like"), ("method", "GET", "eq")])
            #expect(entity.items.map(\.requestId) == expected { ($0.entityIds ?? "").contains("product:SKU-2") && $0.method == "GET" })
            #expect(!entity.items.isEmpty)

            // Keyset: the rows older than an id, with the filter.
            let newest = try #require(products.items.dropFirst(9).first?.id)
            let older = try await search([("path", "%products%", "like"), ("id", String(newest), "lt")], size: 10)
            #expect(older.items.map(\.requestId) == Array(products.items.dropFirst(10).prefix(10).map(\.requestId)))

            // Counted up to the limit, or up to the end of the requested page if that is further.
            let capped = try await search([("path", "%products%", "like")], size: 10, countLimit: 50)
            #expect(capped.totalCount == 50)
            #expect(capped.items.map(\.requestId) == Array(products.items.prefix(10).map(\.requestId)))
            let deep = try await search([("path", "%products%", "like")], page: 8, size: 10, countLimit: 50)
            #expect(deep.totalCount == 81)
            #expect(deep.items.map(\.requestId) == Array(products.items.dropFirst(70).prefix(10).map(\.requestId)))
            #expect(try await search([("method", "PUT", "eq")], size: 10, countLimit: 1000).totalCount == 150)

            // Purging removes the rows from the index as well.
            #expect(try await storage.audit.purge(before: MagentoTimestamp.date(from: "2026-03-01 00:00:00")!) == 30)
            #expect(try await search([("path", "%SKU-0%", "like")]).totalCount == 0)
            #expect(try await search([("path", "%products%", "like")]).totalCount == 180)
        }
    }
}
