import CommerceStorage
import Foundation
import SQLKit
import Testing

/// Issue 16 (2): a read that runs too long is stopped at the statement deadline, and shutdown
/// stops whatever is still running, on every engine, instead of holding a connection (and the
/// process) until the statement ends by itself.
@Suite("Statement deadline and shutdown cancellation")
struct StatementDeadlineTests {
    /// Runs for minutes unless something stops it.
    static func endless(_ engine: DatabaseEngine) -> String {
        engine == .postgres
            ? "SELECT pg_sleep(600)"
            : "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    }

    static func provider(on database: TestDatabase, timeoutMilliseconds: Int) async throws -> any DatabaseProvider {
        switch database.location.kind {
        case .sqliteFile(let path):
            try await SQLiteProvider.open(path: path, statementTimeoutMilliseconds: timeoutMilliseconds, logger: TestDatabase.logger)
        case .sqliteMemory:
            try await SQLiteProvider.openInMemory(statementTimeoutMilliseconds: timeoutMilliseconds, logger: TestDatabase.logger)
        case .postgres(let url):
            try PostgresProvider(url: url, statementTimeoutMilliseconds: timeoutMilliseconds, logger: TestDatabase.logger)
        }
    }

    static func with(
        _ engine: TestEngine, timeoutMilliseconds: Int, _ body: (any DatabaseProvider) async throws -> Void
    ) async throws {
        let database = try await TestDatabase.create(engine)
        let provider = try await provider(on: database, timeoutMilliseconds: timeoutMilliseconds)
        do {
            try await body(provider)
        } catch {
            await provider.close()
            try? await database.destroy()
            throw error
        }
        await provider.close()
        try await database.destroy()
    }

    static func one(_ provider: any DatabaseProvider) async throws -> Int? {
        try await provider.read { db in try await db.raw("SELECT 1 AS one").first()?.decode(column: "one", as: Int.self) }
    }

    @Test("a read past the deadline fails at once, and the connection serves the next read", arguments: TestEngine.all)
    func readPastDeadlineFails(engine: TestEngine) async throws {
        try await Self.with(engine, timeoutMilliseconds: 300) { provider in
            let started = ContinuousClock.now
            let error = await #expect(throws: (any Error).self) {
                try await provider.read { db in try await db.raw("\(unsafeRaw: Self.endless(provider.engine))").run() }
            }
            #expect(ContinuousClock.now - started < .seconds(10))
            let stopped = error as? StorageError
            if provider.engine == .sqlite { #expect(stopped == .statementTimedOut(milliseconds: 300)) }
            let answer = try await Self.one(provider)
            #expect(answer == 1)
        }
    }

    @Test("writes have no deadline on SQLite: a transaction longer than it commits", arguments: TestEngine.all)
    func writesAreExempt(engine: TestEngine) async throws {
        guard engine.isSQLite else { return }
        try await Self.with(engine, timeoutMilliseconds: 100) { provider in
            let started = ContinuousClock.now
            try await provider.transaction { db in
                try await db.raw("CREATE TABLE slow (x INTEGER)").run()
                try await db.raw("""
                    INSERT INTO slow (x) WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 500000) SELECT x FROM c
                    """).run()
            }
            let count = try await provider.read { db in
                try await db.raw("SELECT COUNT(*) AS n FROM slow").first()?.decode(column: "n", as: Int.self)
            }
            #expect(count == 500_000)
            // Only meaningful when the write outlasted the read deadline.
            #expect(ContinuousClock.now - started > .milliseconds(100))
        }
    }

    @Test("shutdown cancels a running statement that has no deadline; later reads run", arguments: TestEngine.all)
    func shutdownCancelsRunningStatements(engine: TestEngine) async throws {
        try await Self.with(engine, timeoutMilliseconds: 0) { provider in
            let endless = Self.endless(provider.engine)
            let running = Task { try await provider.read { db in try await db.raw("\(unsafeRaw: endless)").run() } }
            let started = ContinuousClock.now
            // Cancel until the statement has stopped (the first call may come before it starts).
            let stopper = Task {
                while !Task.isCancelled {
                    try await Task.sleep(for: .milliseconds(300))
                    await provider.cancelRunningStatements()
                }
            }
            let result = await running.result
            stopper.cancel()
            #expect(ContinuousClock.now - started < .seconds(15))
            guard case .failure(let error) = result else {
                Issue.record("the endless statement ended by itself")
                return
            }
            let stopped = error as? StorageError
            if provider.engine == .sqlite { #expect(stopped == .shuttingDown) }
            let answer = try await Self.one(provider)
            #expect(answer == 1)
        }
    }
}

extension TestEngine {
    var isSQLite: Bool {
        if case .postgres = self { false } else { true }
    }
}
