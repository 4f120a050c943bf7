import CommerceDomain
import HTTPTypes
import MagentoWire

/// `GET /V1/bulk…`: the status of bulks accepted by the async and bulk routes.
public struct BulkRoutes: Sendable {
    let bulks: any BulkRepository

    public init(bulks: any BulkRepository) {
        self.bulks = bulks
    }

    static let access = EndpointAccess.resources(["Magento_Logging::system_magento_logging_bulk_operations"])

    public var endpoints: [Endpoint] {
        [
            .search(
                "/V1/bulk", access: Self.access, service: "asynchronousOperationsOperationRepositoryV1",
                summary: "Lists the bulk operation items that match specified search criteria."
            ) { [bulks] criteria, _ in try await bulks.searchOperations(criteria) },
            Endpoint(
                .get, "/V1/bulk/:bulkUuid/status", access: Self.access, service: "asynchronousOperationsBulkStatusV1",
                operation: "getBulkShortStatus", summary: "Get Bulk summary data with list of operations items short data."
            ) { [bulks] call in
                var summary = try await Self.summary(call, bulks)
                summary.operationsList = summary.operationsList.map(\.short)
                return summary
            },
            Endpoint(
                .get, "/V1/bulk/:bulkUuid/detailed-status", access: Self.access,
                service: "asynchronousOperationsBulkStatusV1", operation: "getBulkDetailedStatus",
                summary: "Get Bulk summary data with list of operations items full data."
            ) { [bulks] call in try await Self.summary(call, bulks) },
            Endpoint(
                .get, "/V1/bulk/:bulkUuid/operation-status/:status", access: Self.access,
                service: "asynchronousOperationsBulkStatusV1", operation: "getOperationsCountByBulkIdAndStatus",
                summary: "Get operations count by bulk uuid and status."
            ) { [bulks] call in
                try await bulks.countOperations(uuid: call.pathParameter("bulkUuid"), status: try call.argument("status", as: Int.self))
            },
        ]
    }

    static func summary(_ call: EndpointCall, _ bulks: any BulkRepository) async throws -> BulkSummary {
        let uuid = call.pathParameter("bulkUuid")
        guard let summary = try await bulks.bulk(uuid: uuid) else {
            throw CommerceError.notFoundNamed(message: "Bulk uuid %bulkUuid not exist", parameters: ["bulkUuid": uuid])
        }
        return summary
    }
}
