import CommerceStorage
import Logging
import NIOCore
import SQLKit
import Synchronization

/// A storage seam that counts the SQL statements run through it, to prove a request's statement
/// count does not grow with the page size.
final class CountingProvider: DatabaseProvider {
    let inner: any DatabaseProvider
    private let counter = Mutex(0)

    init(_ inner: any DatabaseProvider) {
        self.inner = inner
    }

    var engine: DatabaseEngine { inner.engine }
    var statements: Int { counter.withLock { $0 } }
    func reset() { counter.withLock { $0 = 0 } }
    fileprivate func count() { counter.withLock { $0 += 1 } }

    func read<T: Sendable>(_ work: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await inner.read { db in try await work(CountingDatabase(inner: db, provider: self)) }
    }

    func transaction<T: Sendable>(_ work: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await inner.transaction { db in try await work(CountingDatabase(inner: db, provider: self)) }
    }

    func sharedTransaction<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        try await inner.sharedTransaction(work)
    }

    func close() async { await inner.close() }
}

/// Passes every statement to the real database, counting it on the way.
private struct CountingDatabase: SQLDatabase {
    let inner: any SQLDatabase
    let provider: CountingProvider

    var logger: Logger { inner.logger }
    var eventLoop: any EventLoop { inner.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { inner.version }
    var dialect: any SQLDialect { inner.dialect }
    var queryLogLevel: Logger.Level? { inner.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        provider.count()
        return inner.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        provider.count()
        try await inner.execute(sql: query, onRow)
    }

    func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await inner.withSession { db in try await closure(CountingDatabase(inner: db, provider: provider)) }
    }
}
