import Foundation
import MagentoWire

extension MagentoClient {
    /// The asynchronous bulk API (`/async/bulk/V1/…`) and its status routes (`/V1/bulk/…`).
    public var bulk: BulkAPI { BulkAPI(client: self) }
}

/// Schedules many writes in one request and follows their operations.
public struct BulkAPI: Sendable {
    let client: MagentoClient

    /// Sends one bulk request: `segments` is the bulk route (`["products"]`, `["products", "bySku"]`),
    /// `elements` one JSON object per operation (`{"product": {…}}`).
    public func submit(_ method: HTTPMethod, _ segments: [String], elements: [JSONValue]) async throws -> AsyncResponse {
        var request = MagentoRequest<AsyncResponse>(.post, segments, body: JSONValue.array(elements).serialized())
        request.method = method
        request.mode = .bulk
        return try await client.send(request)
    }

    /// Products created or updated in one bulk (`POST /async/bulk/V1/products`).
    public func saveProducts(_ products: [Product]) async throws -> AsyncResponse {
        let encoder = MagentoEncoder()
        let elements = try products.map { product in
            JSONValue.object(JSONObject([("product", try encoder.encode(product))]))
        }
        return try await submit(.post, ["products"], elements: elements)
    }

    /// `GET /V1/bulk/:uuid/detailed-status`: every operation with its status and result.
    public func detailedStatus(_ uuid: String) async throws -> BulkSummary {
        try await client.send(MagentoRequest<BulkSummary>(.get, ["bulk", uuid, "detailed-status"]))
    }

    /// `GET /V1/bulk/:uuid/status`: the short form.
    public func status(_ uuid: String) async throws -> BulkSummary {
        try await client.send(MagentoRequest<BulkSummary>(.get, ["bulk", uuid, "status"]))
    }

    /// Polls until no operation of the bulk is open (status 4), then answers the detailed status.
    /// Throws `.bulkTimedOut` when `timeout` passes first.
    public func waitUntilFinished(
        _ uuid: String, pollInterval: Duration = .seconds(1), timeout: Duration = .seconds(600)
    ) async throws -> BulkSummary {
        let deadline = ContinuousClock.now + timeout
        while true {
            let summary = try await detailedStatus(uuid)
            let open = summary.operationsList.contains { $0.status == BulkOperationStatus.open }
            if !open, summary.operationsList.count >= summary.operationCount { return summary }
            guard ContinuousClock.now + pollInterval < deadline else { throw MagentoClientError.bulkTimedOut(uuid) }
            try await Task.sleep(for: pollInterval)
        }
    }
}

/// Magento's operation statuses.
public enum BulkOperationStatus {
    public static let complete = 1
    public static let retriablyFailed = 2
    public static let failed = 3
    public static let open = 4
    public static let rejected = 5
}
