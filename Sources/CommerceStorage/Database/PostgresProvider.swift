import Logging
import PostgresKit
import PostgresNIO
import SQLKit

/// PostgreSQL behind the storage seam, over PostgresNIO's pooled `PostgresClient`.
///
/// The client's `run()` loop lives in a task the provider owns; `close()` cancels it, which
/// closes the pool. Several `magpie serve` processes may share one server.
public final class PostgresProvider: DatabaseProvider {
    public var engine: DatabaseEngine { .postgres }

    private let client: PostgresClient
    private let runTask: Task<Void, Never>
    private let logger: Logger

    /// The longest one statement may run before the server cancels it (`statement_timeout`):
    /// no request can hold a connection forever (issue 16). `MAGPIE_STATEMENT_TIMEOUT_MS`.
    public static let defaultStatementTimeoutMilliseconds = 30_000

    /// Connects lazily: the first query opens the first connection.
    public init(
        url: PostgresURL, maximumConnections: Int = 20,
        statementTimeoutMilliseconds: Int = PostgresProvider.defaultStatementTimeoutMilliseconds, logger: Logger
    ) throws {
        guard url.isLoopback || url.tlsDisabled else {
            // TLS needs an NIOSSL configuration, which this module does not depend on yet.
            throw StorageError.postgresTLSUnsupported(host: url.host)
        }
        var configuration = PostgresClient.Configuration(
            host: url.host, port: url.port, username: url.username, password: url.password,
            database: url.database, tls: .disable
        )
        configuration.options.maximumConnections = maximumConnections
        if statementTimeoutMilliseconds > 0 {
            configuration.options.additionalStartupParameters.append(("statement_timeout", String(statementTimeoutMilliseconds)))
        }
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        self.runTask = Task { await client.run() }
    }

    public func read<T: Sendable>(_ work: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        if let shared = SharedTransaction.joinable(by: self) { return try await work(shared.db) }
        return try await client.withConnection { connection in
            try await work(connection.sql())
        }
    }

    public func transaction<T: Sendable>(_ work: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        if let shared = SharedTransaction.joinable(by: self) { return try await shared.savepoint(logger: logger, work) }
        return try await client.withConnection { connection in
            try await connection.sql().explicitTransaction(begin: "BEGIN", logger: logger, work)
        }
    }

    public func sharedTransaction<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        if SharedTransaction.joinable(by: self) != nil { return try await work() }
        return try await client.withConnection { connection in
            try await connection.sql().explicitTransaction(begin: "BEGIN", logger: logger) { db in
                try await SharedTransaction.run(on: db, owner: self, work)
            }
        }
    }

    public func close() async {
        runTask.cancel()
        await runTask.value
    }
}
