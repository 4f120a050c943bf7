import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// `GET /V1/audit/search`: the audit log through searchCriteria; `GET /V1/audit/export`: the same
/// records as CSV, for spreadsheets and SIEM imports.
public struct AuditRoutes: Sendable {
    let log: any AuditLog

    public init(log: any AuditLog) {
        self.log = log
    }

    public var endpoints: [Endpoint] {
        [
            .search(
                "/V1/audit/search", access: .resources(["Magpie_Audit::view"]), service: "magpieAuditLogV1",
                summary: "Search recorded API calls (countLimit: total_count counts at most that many).",
                query: [QueryArgument("countLimit", .integer)]
            ) { [log] criteria, call in
                let countLimit = try call.optionalArgument("countLimit", as: Int.self).map { max($0, 1) }
                return try await log.search(criteria, countLimit: countLimit)
            },
            Endpoint(
                .get, "/V1/audit/export", access: .resources(["Magpie_Audit::view"]), service: "magpieAuditLogV1",
                operation: "export", summary: "Recorded API calls as CSV (searchCriteria optional; at most 100,000 rows).",
                query: [QueryArgument("searchCriteria", .searchCriteria)]
            ) { [log] call in
                var criteria = call.rawArgument("searchCriteria") == nil ? SearchCriteria() : try call.searchCriteria()
                criteria.pageSize = min(criteria.pageSize ?? Self.exportLimit, Self.exportLimit)
                return AuditCSV.render(try await log.search(criteria).items)
            }.answeringText(contentType: "text/csv; charset=utf-8"),
        ]
    }

    static let exportLimit = 100_000
}

/// RFC 4180 CSV of audit records, one header line, fields quoted when they need it.
enum AuditCSV {
    static let header = ["id", "created_at", "request_id", "user_type", "user_id", "method", "path", "status", "duration_ms", "entity_ids"]

    static func render(_ records: [AuditRecord]) -> String {
        var lines = [header.joined(separator: ",")]
        for record in records {
            let fields = [
                record.id.map(String.init) ?? "", record.createdAt, record.requestId, String(record.userType),
                record.userId.map(String.init) ?? "", record.method, record.path, String(record.status),
                String(format: "%.3f", record.durationMs), record.entityIds ?? "",
            ]
            lines.append(fields.map(quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
