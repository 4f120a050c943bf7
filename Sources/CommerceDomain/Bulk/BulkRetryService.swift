import Foundation
import MagentoWire

/// Retries failed bulk operations on an operator's request.
///
/// Magento's bulk log offers "Retry" only for failed operations; the operation is queued again
/// as it was first scheduled, and the bulk's status follows from its operations' statuses.
public struct BulkRetryService: Sendable {
    let bulks: any BulkRepository
    let clock: any CommerceClock

    public init(bulks: any BulkRepository, clock: any CommerceClock) {
        self.bulks = bulks
        self.clock = clock
    }

    /// Queues the operation again; throws `invalidState` when it has not failed (an open,
    /// complete or rejected operation is not retried: that would apply a write twice).
    public func retry(operationId: Int) async throws {
        guard try await bulks.requeueFailed(operationId: operationId, now: clock.now()) else {
            throw CommerceError.invalidState(
                message: "Operation %1 has not failed, so it cannot be retried.", parameters: [String(operationId)]
            )
        }
    }

    /// Queues every failed operation of the bulk again; returns how many were queued.
    public func retryFailed(bulkUuid: String) async throws -> Int {
        var criteria = SearchCriteria()
        criteria.filterGroups = [
            FilterGroup(filters: [Filter(field: "bulk_uuid", value: bulkUuid, conditionType: "eq")]),
            FilterGroup(filters: [Filter(field: "status", value: "2,3", conditionType: "in")]),
        ]
        criteria.pageSize = 1000
        var queued = 0
        for operation in try await bulks.searchOperations(criteria).items
        where try await bulks.requeueFailed(operationId: operation.id, now: clock.now()) {
            queued += 1
        }
        return queued
    }
}
