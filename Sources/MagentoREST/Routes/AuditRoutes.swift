import CommerceDomain
import HTTPTypes
import MagentoWire

/// `GET /V1/audit/search`: the audit log through searchCriteria (also how it is exported).
public struct AuditRoutes: Sendable {
    let log: any AuditLog

    public init(log: any AuditLog) {
        self.log = log
    }

    public var endpoints: [Endpoint] {
        [
            .search("/V1/audit/search", access: .resources(["Magpie_Audit::view"]), service: "magpieAuditLogV1",
                    summary: "Search recorded API calls.") { [log] criteria, _ in try await log.search(criteria) },
        ]
    }
}
