import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Bulks and operations; the operation table is the queue the workers claim from.
public struct SQLBulkRepository: BulkRepository {
    let provider: any DatabaseProvider
    let clock: any CommerceClock

    public init(provider: any DatabaseProvider, clock: any CommerceClock) {
        self.provider = provider
        self.clock = clock
    }

    static let searchable = SearchableTable(
        table: "magento_operation_search", primaryKey: "id",
        fields: [
            "id": .init(column: "id", kind: .integer),
            "bulk_uuid": .init(column: "bulk_uuid", kind: .text),
            "topic_name": .init(column: "topic_name", kind: .text),
            "status": .init(column: "status", kind: .integer),
            "start_time": .init(column: "start_time", kind: .timestamp),
        ]
    )

    public func schedule(_ bulk: NewBulk) async throws {
        let now = MagentoTimestamp.string(from: clock.now())
        let encoder = MagentoEncoder()
        let requests = try bulk.operations.map { try $0.request.map { try encoder.encode($0).jsonString } }
        try await provider.transaction { db in
            try await db.raw("""
                INSERT INTO magento_bulk (uuid, user_id, user_type, description, operation_count, start_time)
                VALUES (\(bind: bulk.uuid), \(bind: bulk.userId), \(bind: bulk.userType), \(bind: bulk.description),
                        \(bind: bulk.operations.count), \(bind: now))
                """).run()
            // Multi-row inserts: a 100,000-row bulk is 200 statements, not 100,000 hops to the writer.
            let rows = zip(bulk.operations, requests).map { operation, request in
                SQLQueryString("""
                    (\(bind: bulk.uuid), \(bind: operation.index), \(bind: operation.topic), \(bind: operation.serializedData),
                    \(bind: request), \(bind: operation.status.rawValue), \(bind: operation.errorCode),
                    \(bind: operation.resultMessage), \(bind: now))
                    """)
            }
            for start in stride(from: 0, to: rows.count, by: 500) {
                try await db.raw("""
                    INSERT INTO magento_operation (bulk_uuid, operation_key, topic_name, serialized_data, request_data,
                        status, error_code, result_message, available_at)
                    VALUES \(SQLList(Array(rows[start..<min(start + 500, rows.count)])))
                    """).run()
            }
        }
    }

    public func claimNext(now: Date, lease: TimeInterval) async throws -> ClaimedOperation? {
        try await claimBatch(now: now, lease: lease, limit: 1).first
    }

    public func claimBatch(now: Date, lease: TimeInterval, limit: Int) async throws -> [ClaimedOperation] {
        let current = MagentoTimestamp.string(from: now)
        let until = MagentoTimestamp.string(from: now.addingTimeInterval(lease))
        let skipLocked = provider.engine == .postgres ? " FOR UPDATE SKIP LOCKED" : ""
        return try await provider.transaction { db in
            let rows = try await db.raw("""
                UPDATE magento_operation
                SET lease_until = \(bind: until), attempts = attempts + 1, started_at = COALESCE(started_at, \(bind: current))
                WHERE id IN (
                    SELECT id FROM magento_operation
                    WHERE status = 4 AND available_at <= \(bind: current)
                      AND (lease_until IS NULL OR lease_until < \(bind: current))
                    ORDER BY id LIMIT \(literal: limit)\(unsafeRaw: skipLocked)
                )
                RETURNING id, bulk_uuid, request_data, attempts
                """).all()
            return try rows.map { row in
                ClaimedOperation(
                    id: try row.decode(column: "id", as: Int.self),
                    bulkUuid: try row.decode(column: "bulk_uuid", as: String.self),
                    request: try MagentoDecoder().decode(
                        ScheduledRequest.self, from: try JSONValue.parse(try row.decode(column: "request_data", as: String.self))
                    ),
                    attempts: try row.decode(column: "attempts", as: Int.self)
                )
            }.sorted { $0.id < $1.id }
        }
    }

    public func sharingOneTransaction<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        try await provider.sharedTransaction(work)
    }

    public func finishBatch(_ outcomes: [OperationResult]) async throws {
        guard !outcomes.isEmpty else { return }
        let now = MagentoTimestamp.string(from: clock.now())
        try await provider.transaction { db in
            for outcome in outcomes {
                if let retryAt = outcome.retryAt {
                    try await db.raw("""
                        UPDATE magento_operation SET lease_until = NULL, result_message = \(bind: outcome.resultMessage),
                            available_at = \(bind: MagentoTimestamp.string(from: retryAt))
                        WHERE id = \(bind: outcome.operationId)
                        """).run()
                } else {
                    try await db.raw("""
                        UPDATE magento_operation SET status = \(bind: outcome.status.rawValue), result_message = \(bind: outcome.resultMessage),
                            result_serialized_data = \(bind: outcome.resultData), error_code = \(bind: outcome.errorCode),
                            lease_until = NULL, finished_at = \(bind: now)
                        WHERE id = \(bind: outcome.operationId)
                        """).run()
                }
            }
        }
    }

    public func finish(
        operationId: Int, status: OperationStatus, resultMessage: String?, resultData: String?, errorCode: Int?
    ) async throws {
        try await finishBatch([OperationResult(
            operationId: operationId, status: status, resultMessage: resultMessage, resultData: resultData, errorCode: errorCode
        )])
    }

    public func retry(operationId: Int, availableAt: Date, resultMessage: String) async throws {
        try await finishBatch([OperationResult(operationId: operationId, status: .open, resultMessage: resultMessage, retryAt: availableAt)])
    }

    public func bulk(uuid: String) async throws -> BulkSummary? {
        try await provider.read { db in
            guard let bulk = try await db.raw("SELECT * FROM magento_bulk WHERE uuid = \(bind: uuid)").first() else {
                return nil
            }
            let operations = try await db.raw("""
                SELECT id, bulk_uuid, topic_name, serialized_data, result_serialized_data, status, error_code, result_message
                FROM magento_operation WHERE bulk_uuid = \(bind: uuid) ORDER BY operation_key
                """).all().map(Self.operation(from:))
            return BulkSummary(
                operationsList: operations,
                userType: try bulk.decode(column: "user_type", as: Int.self),
                bulkId: uuid,
                description: try bulk.decode(column: "description", as: String.self),
                startTime: try bulk.decode(column: "start_time", as: String.self),
                userId: try bulk.decode(column: "user_id", as: Int?.self),
                operationCount: try bulk.decode(column: "operation_count", as: Int.self)
            )
        }
    }

    public func countOperations(uuid: String, status: Int) async throws -> Int {
        try await provider.read { db in
            try await db.raw("""
                SELECT COUNT(*) AS total FROM magento_operation WHERE bulk_uuid = \(bind: uuid) AND status = \(bind: status)
                """).first()?.decode(column: "total", as: Int.self) ?? 0
        }
    }

    public func countOpenOperations() async throws -> Int {
        try await provider.read { db in
            try await db.raw("SELECT COUNT(*) AS total FROM magento_operation WHERE status = 4").first()?.decode(column: "total", as: Int.self) ?? 0
        }
    }

    public func searchOperations(_ criteria: SearchCriteria) async throws -> SearchPage<BulkOperation> {
        try await provider.read { db in
            let page = try await SearchQuery(criteria, table: Self.searchable).run(on: db)
            return SearchPage(items: try page.items.map(Self.operation(from:)), totalCount: page.totalCount)
        }
    }

    static func operation(from row: any SQLRow) throws -> BulkOperation {
        BulkOperation(
            id: try row.decode(column: "id", as: Int.self),
            bulkUuid: try row.decode(column: "bulk_uuid", as: String.self),
            topicName: try row.decode(column: "topic_name", as: String.self),
            serializedData: try row.decode(column: "serialized_data", as: String.self),
            resultSerializedData: try row.decode(column: "result_serialized_data", as: String?.self),
            status: try row.decode(column: "status", as: Int.self),
            resultMessage: try row.decode(column: "result_message", as: String?.self),
            errorCode: try row.decode(column: "error_code", as: Int?.self)
        )
    }
}
