import Logging
import SQLKit

extension SQLDatabase {
    /// Runs `work` between `begin` and COMMIT on this one connection, rolling back when it throws.
    ///
    /// Both providers use this with their own `begin` (`BEGIN IMMEDIATE` on SQLite). The original
    /// error is what the caller sees; a failed rollback is only logged, because the connection is
    /// then broken and the driver discards it.
    func explicitTransaction<T: Sendable>(
        begin: String, logger: Logger, _ work: @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await raw("\(unsafeRaw: begin)").run()
        do {
            let result = try await work(self)
            try await raw("COMMIT").run()
            return result
        } catch {
            do {
                try await raw("ROLLBACK").run()
            } catch let rollbackError {
                logger.error("Rollback failed", metadata: ["error": "\(String(reflecting: rollbackError))"])
            }
            throw error
        }
    }
}
