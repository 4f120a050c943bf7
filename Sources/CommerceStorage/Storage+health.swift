import CommerceDomain
import SQLKit

extension Storage: HealthProbe {
    /// One trivial query through the read path.
    public func isHealthy() async -> Bool {
        (try? await provider.read { db in try await db.raw("SELECT 1 AS ok").first() } != nil) ?? false
    }
}
