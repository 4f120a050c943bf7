import Foundation
import MagentoWire

/// Where audit records are kept.
public protocol AuditLog: Sendable {
    func append(_ records: [AuditRecord]) async throws
    /// searchCriteria over `id`, `created_at`, `request_id`, `user_type`, `user_id`, `method`, `path`, `status`.
    func search(_ criteria: SearchCriteria) async throws -> SearchPage<AuditRecord>
    /// Deletes records older than `cutoff`; returns how many.
    @discardableResult
    func purge(before cutoff: Date) async throws -> Int
}
