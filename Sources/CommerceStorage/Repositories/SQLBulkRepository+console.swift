import CommerceDomain
import Foundation
import SQLKit

/// The console's bulk log: pages of bulks with status counts, and retry of failed operations.
extension SQLBulkRepository {
    public func recentBulks(limit: Int, offset: Int) async throws -> [BulkListing] {
        try await provider.read { db in
            // The page first (by the primary key, so a deep page costs its offset only), then one
            // grouped count over just that page's operations, found through (bulk_uuid, operation_key).
            let rows = try await db.raw("""
                SELECT uuid, description, start_time, user_type, user_id, operation_count
                FROM magento_bulk ORDER BY id DESC LIMIT \(bind: limit) OFFSET \(bind: offset)
                """).all()
            var listings = try rows.map { row in
                BulkListing(
                    uuid: try row.decode(column: "uuid", as: String.self),
                    description: try row.decode(column: "description", as: String.self),
                    startTime: try row.decode(column: "start_time", as: String.self),
                    userType: try row.decode(column: "user_type", as: Int.self),
                    userId: try row.decode(column: "user_id", as: Int?.self),
                    operationCount: try row.decode(column: "operation_count", as: Int.self),
                    statusCounts: [:]
                )
            }
            guard !listings.isEmpty else { return [] }
            let counts = try await db.raw("""
                SELECT bulk_uuid, status, COUNT(*) AS total FROM magento_operation
                WHERE bulk_uuid IN (\(binds: listings.map(\.uuid))) GROUP BY bulk_uuid, status
                """).all()
            var byBulk: [String: [Int: Int]] = [:]
            for row in counts {
                let uuid = try row.decode(column: "bulk_uuid", as: String.self)
                byBulk[uuid, default: [:]][try row.decode(column: "status", as: Int.self)] = try row.decode(column: "total", as: Int.self)
            }
            for index in listings.indices { listings[index].statusCounts = byBulk[listings[index].uuid] ?? [:] }
            return listings
        }
    }

    public func countBulks() async throws -> Int {
        try await provider.read { db in
            try await db.raw("SELECT COUNT(*) AS total FROM magento_bulk").first()?.decode(column: "total", as: Int.self) ?? 0
        }
    }

    public func requeueFailed(operationId: Int, now: Date) async throws -> Bool {
        let due = MagentoTimestamp.string(from: now)
        return try await provider.transaction { db in
            // Only failed operations that kept their request can run again; the status check in
            // the WHERE makes two concurrent retries queue it once.
            let requeued = try await db.raw("""
                UPDATE magento_operation SET status = \(bind: OperationStatus.open.rawValue), attempts = 0,
                    available_at = \(bind: due), lease_until = NULL, finished_at = NULL,
                    error_code = NULL, result_message = NULL, result_serialized_data = NULL
                WHERE id = \(bind: operationId) AND status IN (2, 3) AND request_data IS NOT NULL
                RETURNING id
                """).all()
            return !requeued.isEmpty
        }
    }
}
