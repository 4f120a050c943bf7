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
    private let url: PostgresURL
    /// Names this process's connections in `pg_stat_activity`, so shutdown can cancel exactly
    /// their running statements.
    private let applicationName: String

    /// The longest one statement may run before the server cancels it (`statement_timeout`).
    public static let defaultStatementTimeoutMilliseconds = StatementTimeout.defaultMilliseconds

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
        let applicationName = "magpie-" + String(UInt64.random(in: 0...UInt64.max), radix: 16)
        configuration.options.additionalStartupParameters.append(("application_name", applicationName))
        if statementTimeoutMilliseconds > 0 {
            configuration.options.additionalStartupParameters.append(("statement_timeout", String(statementTimeoutMilliseconds)))
        }
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        self.url = url
        self.applicationName = applicationName
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

    /// Cancels this process's running statements from a connection of its own (the pool may be
    /// full of them): the server stops each and its caller fails with `57014 query_canceled`.
    public func cancelRunningStatements() async {
        let configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.username, password: url.password, database: url.database, tls: .disable
        )
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
            do {
                let rows = try await connection.query(
                    "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name = \(applicationName) AND state = 'active' AND pid <> pg_backend_pid()",
                    logger: logger
                )
                for try await _ in rows {}
            } catch {
                logger.warning("Cancelling running statements failed", metadata: ["error": "\(String(reflecting: error))"])
            }
            try? await connection.close()
        } catch {
            logger.warning("Cancelling running statements failed", metadata: ["error": "\(String(reflecting: error))"])
        }
    }

    public func close() async {
        runTask.cancel()
        await runTask.value
    }
}
