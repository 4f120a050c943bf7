import SQLKit

/// The storage seam: repositories are written once against `any SQLDatabase` and run on every
/// engine a provider supports.
///
/// - `read` runs statements outside any explicit transaction. Several statements in one `read`
///   are not one snapshot on either engine (PostgreSQL's READ COMMITTED, SQLite's autocommit
///   readers); put work that must be consistent in a `transaction`.
/// - `transaction` commits when `work` returns and rolls back when it throws. Never call back into
///   the provider from inside `work`: on SQLite that waits for the single writer you already hold.
/// - Do all of a request's queries inside one call: each call costs a thread hop or a pool lease.
public protocol DatabaseProvider: Sendable {
    var engine: DatabaseEngine { get }
    func read<T: Sendable>(_ work: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func transaction<T: Sendable>(_ work: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    /// Runs `work` inside one transaction that every `read` and `transaction` the task makes on
    /// this provider joins: reads see its uncommitted writes, and each `transaction` is a savepoint
    /// that rolls back alone when it throws. Commits once when `work` returns (one fsync for all of
    /// it), rolls everything back when it throws. Inside one already, it just runs `work`.
    ///
    /// The queue worker applies a batch of operations this way; on SQLite it holds the single
    /// writer for the whole of `work`, so keep it short.
    func sharedTransaction<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T
    /// Stops the statements running now, for shutdown: their callers fail at once instead of
    /// holding the process until they end. Later statements run normally.
    func cancelRunningStatements() async
    /// Closes every connection. The provider must not be used afterwards.
    func close() async
}

extension DatabaseProvider {
    /// Providers that cannot stop a statement let it run.
    public func cancelRunningStatements() async {}
}
