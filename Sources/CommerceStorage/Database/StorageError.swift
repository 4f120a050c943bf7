/// Failures of the storage layer itself, as opposed to the domain's `CommerceError`.
public enum StorageError: Error, Sendable, Equatable {
    /// The `--database` value looked like a PostgreSQL URL but could not be parsed.
    case invalidDatabaseURL
    /// TLS to a non-loopback PostgreSQL server is not configured yet.
    case postgresTLSUnsupported(host: String)
    /// A pragma read back a different value than was set, so the durability promise would not hold.
    case pragmaNotApplied(name: String, expected: String, actual: String)
    /// A savepoint of a shared transaction could not be rolled back, so the transaction is not
    /// committed: it would keep part of the failed work.
    case sharedTransactionBroken
    /// A read ran past the statement deadline and was stopped (`MAGPIE_STATEMENT_TIMEOUT_MS`).
    case statementTimedOut(milliseconds: Int)
    /// The server is shutting down and stopped the statement.
    case shuttingDown
}
