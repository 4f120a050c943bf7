import Foundation
import Logging
import SQLKit
import SQLiteKit
import SQLiteNIO

/// SQLite behind the storage seam: one writer, a few readers, WAL.
///
/// WAL lets readers run beside the single writer without blocking it. Writers queue on an async
/// FIFO lock in this process and then take SQLite's write lock up front with `BEGIN IMMEDIATE`,
/// so a transaction never fails half way with SQLITE_BUSY when it first writes. The in-memory
/// mode (tests) has one connection for everything, behind the same lock, because an in-memory
/// database cannot be shared between connections.
///
/// SQLite calls block their thread (an fsync per commit with `synchronous=FULL`, or a busy wait
/// on another process's lock), so each provider runs them on a thread pool of its own with one
/// thread per connection: a commit never waits for a free thread, and never delays NIO's shared
/// pool (file I/O in the HTTP server) or another provider on the same file.
public final class SQLiteProvider: DatabaseProvider {
    public var engine: DatabaseEngine { .sqlite }

    private let writer: SQLiteConnection
    private let readers: [SQLiteConnection]
    private let readerPool: ReaderPool
    private let threadPool: NIOThreadPool
    private let writeLock = AsyncMutex()
    private let logger: Logger

    /// How many reader connections a file database gets: enough to overlap the reads of a few
    /// requests on a small machine; each reader has its own thread in the provider's pool.
    public static let defaultReaderCount = 3

    private init(writer: SQLiteConnection, readers: [SQLiteConnection], threadPool: NIOThreadPool, logger: Logger) {
        self.writer = writer
        self.readers = readers
        self.readerPool = ReaderPool(readers)
        self.threadPool = threadPool
        self.logger = logger
    }

    /// Opens (creating if needed) the database file at `path` in WAL mode.
    public static func open(path: String, readerCount: Int = defaultReaderCount, logger: Logger) async throws -> SQLiteProvider {
        let readerCount = max(1, readerCount)
        let threadPool = NIOThreadPool(numberOfThreads: 1 + readerCount)
        threadPool.start()
        var connections: [SQLiteConnection] = []
        do {
            // The writer goes first: it is the connection that switches a new file to WAL.
            connections.append(try await openConnection(
                .file(path: path), pragmas: .init(inMemory: false, readOnly: false), threadPool: threadPool, logger: logger
            ))
            for _ in 0..<readerCount {
                connections.append(try await openConnection(
                    .file(path: path), pragmas: .init(inMemory: false, readOnly: true), threadPool: threadPool, logger: logger
                ))
            }
        } catch {
            for connection in connections { try? await connection.close() }
            try? await threadPool.shutdownGracefully()
            throw error
        }
        return SQLiteProvider(writer: connections[0], readers: Array(connections.dropFirst()), threadPool: threadPool, logger: logger)
    }

    /// A private in-memory database that lives as long as the provider.
    public static func openInMemory(logger: Logger) async throws -> SQLiteProvider {
        let threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        do {
            let connection = try await openConnection(
                .memory, pragmas: .init(inMemory: true, readOnly: false), threadPool: threadPool, logger: logger
            )
            return SQLiteProvider(writer: connection, readers: [], threadPool: threadPool, logger: logger)
        } catch {
            try? await threadPool.shutdownGracefully()
            throw error
        }
    }

    private static func openConnection(
        _ storage: SQLiteConnection.Storage, pragmas: SQLitePragmas, threadPool: NIOThreadPool, logger: Logger
    ) async throws -> SQLiteConnection {
        let connection = try await SQLiteConnection.open(
            storage: storage, threadPool: threadPool, logger: logger, on: MultiThreadedEventLoopGroup.singleton.any()
        )
        do {
            try await pragmas.apply(on: connection.sql())
            try await SQLiteRegexp.install(on: connection)
            return connection
        } catch {
            try? await connection.close()
            throw error
        }
    }

    public func read<T: Sendable>(_ work: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        if let shared = SharedTransaction.joinable(by: self) { return try await work(shared.db) }
        guard !readers.isEmpty else {
            // In memory: the single connection may be inside a writer's transaction, so reads
            // queue behind writers instead of seeing uncommitted rows.
            return try await writeLock.withLock { try await work(writer.sql()) }
        }
        return try await readerPool.withConnection { reader in try await work(reader.sql()) }
    }

    public func transaction<T: Sendable>(_ work: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        if let shared = SharedTransaction.joinable(by: self) { return try await shared.savepoint(logger: logger, work) }
        return try await writeLock.withLock {
            try await writer.sql().explicitTransaction(begin: "BEGIN IMMEDIATE", logger: logger, work)
        }
    }

    public func sharedTransaction<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        if SharedTransaction.joinable(by: self) != nil { return try await work() }
        return try await writeLock.withLock {
            try await writer.sql().explicitTransaction(begin: "BEGIN IMMEDIATE", logger: logger) { db in
                try await SharedTransaction.run(on: db, owner: self, work)
            }
        }
    }

    /// The pragmas of every connection, writer first, as SQLite reports them now.
    public func pragmaSnapshots() async throws -> [SQLitePragmaSnapshot] {
        var snapshots = [try await writeLock.withLock { try await SQLitePragmaSnapshot.read(from: writer.sql()) }]
        for reader in readers {
            snapshots.append(try await SQLitePragmaSnapshot.read(from: reader.sql()))
        }
        return snapshots
    }

    public func close() async {
        for connection in readers + [writer] {
            do {
                try await connection.close()
            } catch {
                logger.warning("Closing a SQLite connection failed", metadata: ["error": "\(String(reflecting: error))"])
            }
        }
        do {
            try await threadPool.shutdownGracefully()
        } catch {
            logger.warning("Stopping the SQLite thread pool failed", metadata: ["error": "\(String(reflecting: error))"])
        }
    }
}
