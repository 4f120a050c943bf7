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
        try await explicitTransaction(begin: { try await $0.raw("\(unsafeRaw: begin)").run() }, logger: logger, work)
    }

    /// As above, with `begin` run on this connection to open the transaction (SQLite's retrying
    /// `beginImmediate`).
    func explicitTransaction<T: Sendable>(
        begin: (any SQLDatabase) async throws -> Void, logger: Logger, _ work: @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await begin(self)
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

    /// Runs `work` in savepoint `name` of the transaction this connection is in, with the running
    /// queued operation's applied mark: released when `work` returns, rolled back to when it throws,
    /// leaving the transaction and the work before it intact.
    ///
    /// `broken` is called when the transaction can no longer be trusted: the savepoint could not be
    /// opened or rolled back to. SQLite rolls a whole transaction back on some errors (a full disk,
    /// an interrupt), and a later SAVEPOINT would then quietly begin a new one; committing that
    /// would report earlier work as kept.
    func savepoint<T: Sendable>(
        _ name: String, logger: Logger, broken: () -> Void, _ work: @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        do {
            try await raw("SAVEPOINT \(unsafeRaw: name)").run()
        } catch {
            broken()
            throw error
        }
        do {
            try await markOperationApplied()
            let result = try await work(self)
            try await raw("RELEASE SAVEPOINT \(unsafeRaw: name)").run()
            return result
        } catch {
            do {
                try await raw("ROLLBACK TO SAVEPOINT \(unsafeRaw: name)").run()
                try await raw("RELEASE SAVEPOINT \(unsafeRaw: name)").run()
            } catch let rollbackError {
                broken()
                logger.error("Rollback to a savepoint failed", metadata: ["error": "\(String(reflecting: rollbackError))"])
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
