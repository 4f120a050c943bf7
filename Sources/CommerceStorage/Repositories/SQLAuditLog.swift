import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// The audit log in `magpie_audit`.
public struct SQLAuditLog: AuditLog {
    let provider: any DatabaseProvider

    public init(provider: any DatabaseProvider) {
        self.provider = provider
    }

    static let searchable = SearchableTable(
        table: "magpie_audit", primaryKey: "id",
        fields: [
            "id": .init(column: "id", kind: .integer),
            "created_at": .init(column: "created_at", kind: .timestamp),
            "request_id": .init(column: "request_id", kind: .text),
            "user_type": .init(column: "user_type", kind: .integer),
            "user_id": .init(column: "user_id", kind: .integer),
            "method": .init(column: "method", kind: .text),
            "path": .init(column: "path", kind: .text),
            "status": .init(column: "status", kind: .integer),
            "entity_ids": .init(column: "entity_ids", kind: .text),
        ]
    )

    public func append(_ records: [AuditRecord]) async throws {
        guard !records.isEmpty else { return }
        try await provider.transaction { db in
            // Multi-row INSERTs of 500 (9 columns: 4,500 bound values, well under SQLite's limit).
            for chunk in stride(from: 0, to: records.count, by: 500).map({ Array(records[$0..<min($0 + 500, records.count)]) }) {
                var insert = db.insert(into: "magpie_audit")
                    .columns("created_at", "request_id", "user_type", "user_id", "method", "path", "status", "duration_us", "entity_ids")
                for record in chunk {
                    insert = insert.values(
                        SQLBind(record.createdAt), SQLBind(record.requestId), SQLBind(record.userType), SQLBind(record.userId),
                        SQLBind(record.method), SQLBind(record.path), SQLBind(record.status),
                        SQLBind(Int64((record.durationMs * 1000).rounded())), SQLBind(record.entityIds)
                    )
                }
                try await insert.run()
            }
        }
    }

    public func search(_ criteria: SearchCriteria, countLimit: Int?) async throws -> SearchPage<AuditRecord> {
        try await provider.read { db in
            var query = SearchQuery(criteria, table: Self.searchable)
            if DatabaseEngine(dialectOf: db) == .sqlite, let text = AuditTextSearch.query(criteria, fields: Self.searchable) {
                query = text
            }
            query.countLimit = countLimit
            let page = try await query.run(on: db)
            return SearchPage(items: try page.items.map(Self.record(from:)), totalCount: page.totalCount)
        }
    }

    public func purge(before cutoff: Date) async throws -> Int {
        try await provider.transaction { db in
            try await db.raw("""
                DELETE FROM magpie_audit WHERE created_at < \(bind: MagentoTimestamp.string(from: cutoff)) RETURNING id
                """).all().count
        }
    }

    static func record(from row: any SQLRow) throws -> AuditRecord {
        AuditRecord(
            id: try row.decode(column: "id", as: Int.self),
            createdAt: try row.decode(column: "created_at", as: String.self),
            requestId: try row.decode(column: "request_id", as: String.self),
            userType: try row.decode(column: "user_type", as: Int.self),
            userId: try row.decode(column: "user_id", as: Int?.self),
            method: try row.decode(column: "method", as: String.self),
            path: try row.decode(column: "path", as: String.self),
            status: try row.decode(column: "status", as: Int.self),
            durationMs: Double(try row.decode(column: "duration_us", as: Int64.self)) / 1000,
            entityIds: try row.decode(column: "entity_ids", as: String?.self)
        )
    }
}
