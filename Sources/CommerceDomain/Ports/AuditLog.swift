import Foundation
import MagentoWire

/// Where audit records are kept.
public protocol AuditLog: Sendable {
    func append(_ records: [AuditRecord]) async throws
    /// searchCriteria over `id`, `created_at`, `request_id`, `user_type`, `user_id`, `method`, `path`,
    /// `status`, `entity_ids`. With `countLimit`, `totalCount` counts at most that many matches
    /// (or up to the end of the requested page, if that is further).
    func search(_ criteria: SearchCriteria, countLimit: Int?) async throws -> SearchPage<AuditRecord>
    /// Deletes records older than `cutoff`; returns how many.
    @discardableResult
    func purge(before cutoff: Date) async throws -> Int
}

extension AuditLog {
    /// Every match counted.
    public func search(_ criteria: SearchCriteria) async throws -> SearchPage<AuditRecord> {
        try await search(criteria, countLimit: nil)
    }
}
