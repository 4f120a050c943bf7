import CommerceDomain
import Foundation
import HTTPTypes
import MagentoREST
import MagentoWire

/// The bulk actions log: bulks with their status counts, one bulk's operations with results and
/// errors, and retry of failed operations (`BulkRetryService`).
enum BulkPages {
    /// The same resource as `GET /V1/bulk/:bulkUuid/detailed-status`.
    static let access = ConsolePage.Access.route(.get, "/V1/bulk/:bulkUuid/detailed-status")

    static let all = [
        ConsolePage(.get, "/bulks", access: access) { call in
            let (size, page) = call.paging
            async let listings = call.services.bulks.recentBulks(limit: size, offset: (page - 1) * size)
            async let total = call.services.bulks.countBulks()
            let rows = try await listings.map { bulk -> [String: Any] in
                [
                    "uuid": bulk.uuid, "description": bulk.description, "startTime": bulk.startTime,
                    "operationCount": String(bulk.operationCount), "complete": String(bulk.count(.complete)),
                    "failed": String(bulk.count(.retriablyFailed) + bulk.count(.notRetriablyFailed)),
                    "open": String(bulk.count(.open)), "rejected": String(bulk.count(.rejected)),
                ]
            }
            return call.page("bulks", title: "Bulk actions", [
                "bulks": rows, "pager": Pager(page: page, size: size, total: try await total, path: call.prefix + "/bulks").values,
            ])
        },
        ConsolePage(.get, "/bulks/:uuid", access: access) { call in
            let (size, page) = call.paging
            var criteria = SearchCriteria()
            criteria.filterGroups = [FilterGroup(filters: [Filter(field: "bulk_uuid", value: call.parameter("uuid"), conditionType: "eq")])]
            criteria.sortOrders = [SortOrder(field: "id", direction: "ASC")]
            criteria.pageSize = size
            criteria.currentPage = page
            let found = try await call.services.bulks.searchOperations(criteria)
            let rows = found.items.map { operation -> [String: Any] in
                [
                    "id": String(operation.id), "topic": operation.topicName ?? "",
                    "status": OperationStatus(rawValue: operation.status).map(label) ?? String(operation.status),
                    "failed": operation.status == 2 || operation.status == 3,
                    "result": operation.resultSerializedData ?? "", "message": operation.resultMessage ?? "",
                    "errorCode": operation.errorCode.map(String.init) ?? "",
                ]
            }
            return call.page("bulk", title: "Bulk \(call.parameter("uuid"))", [
                "uuid": call.parameter("uuid"), "operations": rows,
                "pager": Pager(page: page, size: size, total: found.totalCount, path: call.prefix + "/bulks/" + call.parameter("uuid")).values,
            ])
        },
        ConsolePage(.post, "/bulks/:uuid/operations/:id/retry", access: access) { call in
            do {
                try await call.services.bulkRetry.retry(operationId: Int(call.parameter("id")) ?? 0)
            } catch let error as CommerceError {
                return call.redirect("/bulks/" + call.parameter("uuid"), problem: "\(error)")
            }
            return call.redirect("/bulks/" + call.parameter("uuid"), notice: "Operation \(call.parameter("id")) is queued again.")
        },
        ConsolePage(.post, "/bulks/:uuid/retry", access: access) { call in
            let queued = try await call.services.bulkRetry.retryFailed(bulkUuid: call.parameter("uuid"))
            return call.redirect("/bulks/" + call.parameter("uuid"), notice: "\(queued) failed operation(s) queued again.")
        },
    ]

    static func label(_ status: OperationStatus) -> String {
        switch status {
        case .complete: "complete"
        case .retriablyFailed: "failed (retriable)"
        case .notRetriablyFailed: "failed"
        case .open: "open"
        case .rejected: "rejected"
        }
    }
}
