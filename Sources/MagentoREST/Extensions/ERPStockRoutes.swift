import CommerceDomain
import Crypto
import Foundation
import HTTPTypes
import MagentoWire

/// The extension story: a deployer's own route for an ERP that pushes stock, guarded by its own
/// ACL resource and, when a shared secret is configured, an HMAC-SHA256 `X-Signature` over the
/// raw body, checked before the body is even parsed. Each line becomes an operation on the
/// durable queue (an MSI source-item save on the default source), so the ERP gets a job id at
/// once and per-line results from `GET /V1/erp/stock/jobs/:id`.
public struct ERPStockRoutes: Sendable {
    let bulks: any BulkRepository
    let secret: String?

    public init(bulks: any BulkRepository, secret: String?) {
        self.bulks = bulks
        self.secret = secret
    }

    static let access = EndpointAccess.resources(["Magpie_ERP::stock"])
    static let signatureField = HTTPField.Name("X-Signature")!

    public var endpoints: [Endpoint] {
        var push = Endpoint(
            .post, "/V1/erp/stock", access: Self.access, service: "magpieErpStockV1", operation: "push",
            summary: "Push stock quantities from an ERP; returns a job.", body: [.required("items", [ERPStockPush.Line].self)]
        ) { [bulks] call in
            let lines = try call.argument("items", as: [ERPStockPush.Line].self)
            return try await Self.schedule(lines, for: call.identity, bulks: bulks)
        }
        if let secret {
            push = push.checkingRawBody { body, headers in
                try Self.verify(signature: headers[Self.signatureField], body: body, secret: secret)
            }
        }
        return [
            push,
            Endpoint(
                .get, "/V1/erp/stock/jobs/:jobId", access: Self.access, service: "magpieErpStockV1",
                operation: "job", summary: "The progress and per-line results of a stock push."
            ) { [bulks] call in
                let id = call.pathParameter("jobId")
                guard let bulk = try await bulks.bulk(uuid: id) else {
                    throw CommerceError.notFoundNamed(message: "Job %jobId does not exist.", parameters: ["jobId": id])
                }
                return Self.job(bulk)
            },
        ]
    }

    /// Compares `hex(HMAC-SHA256(secret, body))` with the header (`sha256=` prefix optional).
    static func verify(signature: String?, body: [UInt8], secret: String) throws {
        let expected = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        let sent = (signature ?? "").replacingOccurrences(of: "sha256=", with: "").lowercased()
        let hex = expected.lowercaseHex
        guard sent.count == hex.count, zip(sent.utf8, hex.utf8).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0 else {
            throw MagentoHTTPError(.unauthorized, "The X-Signature header does not match the request body.")
        }
    }

    static func schedule(_ lines: [ERPStockPush.Line], for identity: CallerIdentity, bulks: any BulkRepository) async throws -> ERPStockJob {
        guard !lines.isEmpty else { throw CommerceError.invalidInput(message: "Input data is empty") }
        let uuid = UUID().uuidString.lowercased()
        let operations = try lines.enumerated().map { index, line in
            let body = JSONValue.object(JSONObject([("sourceItems", .array([.object(JSONObject([
                ("sku", .string(line.sku)), ("source_code", .string("default")),
                ("quantity", .number("\(line.qty)")), ("status", .number(line.qty > 0 ? "1" : "0")),
            ]))]))]))
            return NewBulk.Operation(
                index: index, topic: "magpie.erp.stock.push", serializedData: try AsyncScheduler.serializedData(body),
                request: ScheduledRequest(
                    method: "POST", path: "/V1/inventory/source-items", store: "all", pathParameters: [:], body: body,
                    userType: identity.userType.rawValue, userId: identity.userId
                ),
                status: .open
            )
        }
        try await bulks.schedule(NewBulk(
            uuid: uuid, userType: identity.userType.rawValue, userId: identity.userId,
            description: "ERP stock push", operations: operations
        ))
        return ERPStockJob(jobId: uuid, status: "queued", itemCount: lines.count, applied: 0, failed: 0, failures: [])
    }

    static func job(_ bulk: BulkSummary) -> ERPStockJob {
        let statuses = bulk.operationsList.compactMap { OperationStatus(rawValue: $0.status) }
        let failures = bulk.operationsList.enumerated().compactMap { index, operation -> ERPStockJob.Failure? in
            guard operation.status == OperationStatus.notRetriablyFailed.rawValue
                || operation.status == OperationStatus.retriablyFailed.rawValue else { return nil }
            return ERPStockJob.Failure(line: index, message: operation.resultMessage ?? "")
        }
        let status: String = switch BulkStatus.of(statuses, anyStarted: false) {
        case .notStarted: "queued"
        case .inProgress: "running"
        case .finishedSuccessfully: "done"
        case .finishedWithFailure: "done_with_errors"
        }
        return ERPStockJob(
            jobId: bulk.bulkId, status: status, itemCount: bulk.operationCount,
            applied: statuses.filter { $0 == .complete }.count, failed: failures.count, failures: failures
        )
    }
}
