import CommerceDomain
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
            try await markOperationApplied()
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

    /// Records, inside the transaction, that the running queued operation is applied; throws
    /// `OperationAlreadyApplied` when an earlier run already committed it (see `OperationRun`).
    func markOperationApplied() async throws {
        guard let run = OperationRun.current, run.claimMarker() else { return }
        let inserted = try await raw("""
            INSERT INTO magpie_operation_applied (operation_id) VALUES (\(bind: run.operationId))
            ON CONFLICT (operation_id) DO NOTHING RETURNING operation_id
            """).first()
        if inserted == nil { throw OperationAlreadyApplied(operationId: run.operationId) }
    }
}
