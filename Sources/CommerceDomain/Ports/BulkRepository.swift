import Foundation
import MagentoWire

/// The bulk and operation tables, which are also the durable queue the workers consume.
public protocol BulkRepository: Sendable {
    /// Stores the bulk and all its operations in one transaction; returns only once committed.
    func schedule(_ bulk: NewBulk) async throws
    /// Leases the oldest open operation that is due (and not leased by a live worker) until
    /// `now + lease`, or returns nil when there is none.
    func claimNext(now: Date, lease: TimeInterval) async throws -> ClaimedOperation?
    /// Leases up to `limit` due operations at once (one transaction for the lot), oldest first.
    func claimBatch(now: Date, lease: TimeInterval, limit: Int) async throws -> [ClaimedOperation]
    /// Runs `work` so that every storage call it makes on this database, through any repository,
    /// joins one transaction committed when `work` returns: reads see its writes, and each inner
    /// transaction is a savepoint that rolls back alone when it throws. When `work` throws,
    /// nothing of it is kept. The worker applies a batch of operations and records their outcomes
    /// this way, with one commit (one fsync) for the lot.
    func sharingOneTransaction<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T
    /// Records several outcomes in one transaction (`availableAt` set: back to the queue then).
    func finishBatch(_ outcomes: [OperationResult]) async throws
    /// Records the outcome of a leased operation.
    func finish(
        operationId: Int, status: OperationStatus, resultMessage: String?, resultData: String?, errorCode: Int?
    ) async throws
    /// Returns a leased operation to the queue, due again at `availableAt`.
    func retry(operationId: Int, availableAt: Date, resultMessage: String) async throws
    /// The bulk with its operations (ordered by their index), or nil when the uuid is unknown.
    func bulk(uuid: String) async throws -> BulkSummary?
    func countOperations(uuid: String, status: Int) async throws -> Int
    /// Operations still open across all bulks (the queue depth).
    func countOpenOperations() async throws -> Int
    /// searchCriteria over operations: `id`, `bulk_uuid`, `topic_name`, `status`, `start_time`.
    func searchOperations(_ criteria: SearchCriteria) async throws -> SearchPage<BulkOperation>
    /// One page of bulks, newest first, each with its operations counted by status.
    func recentBulks(limit: Int, offset: Int) async throws -> [BulkListing]
    func countBulks() async throws -> Int
    /// Puts a failed operation (status 2 or 3) back in the queue, due at `now`, with its attempts,
    /// result and error cleared; false when the operation is not failed or cannot be replayed.
    func requeueFailed(operationId: Int, now: Date) async throws -> Bool
}

/// One operation's recorded outcome, for `BulkRepository.finishBatch`.
public struct OperationResult: Sendable {
    public var operationId: Int
    public var status: OperationStatus
    public var resultMessage: String?
    public var resultData: String?
    public var errorCode: Int?
    /// When set, the operation is not finished but returned to the queue, due again then.
    public var retryAt: Date?

    public init(
        operationId: Int, status: OperationStatus, resultMessage: String?, resultData: String? = nil,
        errorCode: Int? = nil, retryAt: Date? = nil
    ) {
        self.operationId = operationId
        self.status = status
        self.resultMessage = resultMessage
        self.resultData = resultData
        self.errorCode = errorCode
        self.retryAt = retryAt
    }
}
