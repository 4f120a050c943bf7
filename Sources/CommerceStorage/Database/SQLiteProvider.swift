import Foundation
import Logging
import SQLKit
import SQLiteKit
import SQLiteNIO
import Synchronization

/// SQLite behind the storage seam: one writer, a few readers, WAL.
///
/// WAL lets readers run beside the single writer without blocking it. Writers queue on an async
/// FIFO lock in this process and then take SQLite's write lock up front with `BEGIN IMMEDIATE`,
/// so a transaction never fails half way with SQLITE_BUSY when it first writes. Writers queued
/// together share one commit (`CommitGroup`): each runs in a savepoint, and the last of the queue
/// commits for all, so concurrent saves pay one fsync between them. The in-memory
/// mode (tests) has one connection for everything, behind the same lock, because an in-memory
/// database cannot be shared between connections.
///
/// SQLite calls block their thread (an fsync per commit with `synchronous=FULL`, or a busy wait
/// on another process's lock), so each provider runs them on a thread pool of its own with one
/// thread per connection: a commit never waits for a free thread, and never delays NIO's shared
/// pool (file I/O in the HTTP server) or another provider on the same file.
///
/// Reads have a deadline (`statementTimeout`, `MAGPIE_STATEMENT_TIMEOUT_MS`) and anything running
/// can be interrupted at shutdown (`cancelRunningStatements`), through `SQLiteInterrupts`.
/// Writes have no deadline: they run our own bounded statements, and migrations and seeding may
/// legitimately hold the writer for long.
public final class SQLiteProvider: DatabaseProvider {
    public var engine: DatabaseEngine { .sqlite }

    private let writer: SQLiteConnection
    private let readers: [SQLiteConnection]
    private let readerPool: ReaderPool
    private let threadPool: NIOThreadPool
    private let writeLock = AsyncMutex()
    /// The commit group a member left open for the callers queued behind it; read and written
    /// only while holding `writeLock`.
    private let openGroup = Mutex<CommitGroup?>(nil)
    private let groupCounts = Mutex((members: 0, commits: 0))
    /// Members per commit group at most: a bound on how long the first one waits for the commit.
    static let maximumGroupSize = 64
    private let logger: Logger
    private let statementTimeout: Duration?
    /// Connection 0 is the writer, 1… the readers.
    private let interrupts: SQLiteInterrupts
    private let watchdog: Task<Void, Never>

    /// How often the watchdog looks for overdue reads: the deadline is kept to within this.
    static let watchdogInterval = Duration.milliseconds(50)

    /// How many reader connections a file database gets: enough to overlap the reads of a few
    /// requests on a small machine; each reader has its own thread in the provider's pool.
    public static let defaultReaderCount = 3

    private init(
        writer: SQLiteConnection, readers: [SQLiteConnection], threadPool: NIOThreadPool, statementTimeout: Duration?, logger: Logger
    ) {
        self.writer = writer
        self.readers = readers
        self.readerPool = ReaderPool(readers)
        self.threadPool = threadPool
        self.logger = logger
        self.statementTimeout = statementTimeout
        let interrupts = SQLiteInterrupts([writer] + readers)
        self.interrupts = interrupts
        self.watchdog = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: Self.watchdogInterval)
                interrupts.interruptOverdue()
            }
        }
    }

    /// `milliseconds` as a read deadline; 0 or less means none.
    static func deadline(milliseconds: Int) -> Duration? {
        milliseconds > 0 ? .milliseconds(milliseconds) : nil
    }

    /// Opens (creating if needed) the database file at `path` in WAL mode.
    public static func open(
        path: String, readerCount: Int = defaultReaderCount,
        statementTimeoutMilliseconds: Int = StatementTimeout.defaultMilliseconds, logger: Logger
    ) async throws -> SQLiteProvider {
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
        return SQLiteProvider(
            writer: connections[0], readers: Array(connections.dropFirst()), threadPool: threadPool,
            statementTimeout: deadline(milliseconds: statementTimeoutMilliseconds), logger: logger
        )
    }

    /// A private in-memory database that lives as long as the provider.
    public static func openInMemory(
        statementTimeoutMilliseconds: Int = StatementTimeout.defaultMilliseconds, logger: Logger
    ) async throws -> SQLiteProvider {
        let threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        do {
            let connection = try await openConnection(
                .memory, pragmas: .init(inMemory: true, readOnly: false), threadPool: threadPool, logger: logger
            )
            return SQLiteProvider(
                writer: connection, readers: [], threadPool: threadPool,
                statementTimeout: deadline(milliseconds: statementTimeoutMilliseconds), logger: logger
            )
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
            return try await writeLock.withLock { try await guarded(0, writer, timeout: statementTimeout, work) }
        }
        return try await readerPool.withConnection { reader in
            let index = 1 + (readers.firstIndex { $0 === reader } ?? 0)
            return try await guarded(index, reader, timeout: statementTimeout, work)
        }
    }

    public func transaction<T: Sendable>(_ work: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        if let shared = SharedTransaction.joinable(by: self) { return try await shared.savepoint(logger: logger, work) }
        guard !readers.isEmpty else {
            // In memory there is no fsync to share, and reads take the same lock: one at a time.
            return try await writeLock.withLock {
                try await guarded(0, writer, timeout: nil) { db in
                    try await db.explicitTransaction(begin: { try await $0.beginImmediate() }, logger: logger, work)
                }
            }
        }
        return try await groupedTransaction(work)
    }

    /// One member of a commit group (see `CommitGroup`): joins the transaction the caller before
    /// it left open, or begins one; runs `work` in a savepoint; commits for the whole group when
    /// no caller is queued behind it (or the group is full); answers once that commit is done.
    private func groupedTransaction<T: Sendable>(_ work: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        await writeLock.lock()
        let db = writer.sql()
        let group: CommitGroup
        if let open = openGroup.withLock({ $0 }) {
            group = open
        } else {
            do {
                try await db.beginImmediate()
            } catch {
                await writeLock.unlock()
                throw error
            }
            group = CommitGroup()
            openGroup.withLock { $0 = group }
        }
        // Under the writer's lease, so shutdown can interrupt it (which breaks the group).
        let result: Result<T, any Error>
        do {
            result = .success(try await guarded(0, writer, timeout: nil) { db in
                try await Self.member(of: group, on: db, logger: logger, work).get()
            })
        } catch {
            result = .failure(error)
        }
        let queued = await writeLock.hasWaiters
        if group.isBroken || group.members >= Self.maximumGroupSize || !queued {
            await finishOpenGroup()
        }
        // With the group still open, the lock passes to a queued caller, which continues it or
        // (not being a transaction) finishes it first.
        await writeLock.unlock()
        let value = try result.get()
        try await group.committed()
        return value
    }

    /// Runs `work` in the group's next savepoint (see `SQLDatabase.savepoint`).
    private static func member<T: Sendable>(
        of group: CommitGroup, on db: any SQLDatabase, logger: Logger, _ work: @Sendable (any SQLDatabase) async throws -> T
    ) async -> Result<T, any Error> {
        do {
            return .success(try await db.savepoint("magpie_group_\(group.join())", logger: logger, broken: group.markBroken, work))
        } catch {
            return .failure(error)
        }
    }

    /// Commits the open group, if any (rolls it back when broken or when the commit fails), and
    /// wakes its members. The caller holds `writeLock`; every other user of the writer calls this
    /// first, so it never finds a transaction of someone else's open.
    private func finishOpenGroup() async {
        guard let group = openGroup.withLock({ open in
            defer { open = nil }
            return open
        }) else { return }
        let db = writer.sql()
        guard !group.isBroken else {
            try? await db.raw("ROLLBACK").run()
            group.resolve(.failure(StorageError.sharedTransactionBroken))
            return
        }
        do {
            try await db.raw("COMMIT").run()
            groupCounts.withLock { counts in
                counts.members += group.members
                counts.commits += 1
            }
            group.resolve(.success(()))
        } catch {
            do {
                try await db.raw("ROLLBACK").run()
            } catch let rollbackError {
                logger.error("Rollback after a failed group commit failed", metadata: ["error": "\(String(reflecting: rollbackError))"])
            }
            group.resolve(.failure(error))
        }
    }

    /// Transactions committed in groups so far, and the commits they took (for tests and
    /// diagnostics: the ratio is how many fsyncs group commit saved).
    public var groupCommitCounts: (transactions: Int, commits: Int) {
        groupCounts.withLock { (transactions: $0.members, commits: $0.commits) }
    }

    public func sharedTransaction<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        if SharedTransaction.joinable(by: self) != nil { return try await work() }
        return try await writeLock.withLock {
            await finishOpenGroup()
            return try await guarded(0, writer, timeout: nil) { db in
                try await db.explicitTransaction(begin: { try await $0.beginImmediate() }, logger: logger) { db in
                    try await SharedTransaction.run(on: db, owner: self, work)
                }
            }
        }
    }

    /// Runs `work` on the writer outside any transaction, every other writer held off: for
    /// statements that cannot run inside one (`VACUUM INTO`, `ATTACH`). `work` opens and ends
    /// any transaction it needs itself.
    public func withIdleWriter<T: Sendable>(_ work: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await writeLock.withLock {
            await finishOpenGroup()
            return try await guarded(0, writer, timeout: nil, work)
        }
    }

    /// Interrupts every statement running now; reads and writes started later run normally.
    public func cancelRunningStatements() async {
        interrupts.interruptRunning()
    }

    /// Runs `work` on connection `index` under a lease the watchdog can interrupt, and reports
    /// an interrupted lease as what it is rather than SQLite's bare SQLITE_INTERRUPT.
    private func guarded<T: Sendable>(
        _ index: Int, _ connection: SQLiteConnection, timeout: Duration?, _ work: @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        let lease = interrupts.begin(index, timeout: timeout)
        let result: T
        do {
            result = try await work(connection.sql())
        } catch {
            switch interrupts.end(index, lease: lease) {
            case .timedOut?: throw StorageError.statementTimedOut(milliseconds: Int((timeout ?? .zero) / .milliseconds(1)))
            case .shuttingDown?: throw StorageError.shuttingDown
            case nil: throw error
            }
        }
        _ = interrupts.end(index, lease: lease)
        return result
    }

    /// The pragmas of every connection, writer first, as SQLite reports them now.
    public func pragmaSnapshots() async throws -> [SQLitePragmaSnapshot] {
        let writerSnapshot = try await writeLock.withLock {
            await finishOpenGroup()
            return try await SQLitePragmaSnapshot.read(from: writer.sql())
        }
        var snapshots = [writerSnapshot]
        for reader in readers {
            snapshots.append(try await SQLitePragmaSnapshot.read(from: reader.sql()))
        }
        return snapshots
    }

    public func close() async {
        _ = try? await writeLock.withLock { await finishOpenGroup() }
        // The watchdog interrupts connections: it stops before any of them closes.
        watchdog.cancel()
        await watchdog.value
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
