import SQLKit
import SQLiteKit

/// The pragmas every SQLite connection runs with, set on open and then read back.
///
/// Reading back matters: SQLite ignores some pragmas silently (`journal_mode=WAL` on an in-memory
/// database, anything inside an open transaction), and a durability setting that did not take
/// would only show up after a power cut.
struct SQLitePragmas: Sendable {
    /// How long a connection waits for another process's lock (a `magpie migrate` beside `serve`)
    /// before failing. The wait happens on the SQLite thread pool, never on an event loop.
    static let busyTimeoutMilliseconds = 5_000

    var inMemory: Bool
    var readOnly: Bool

    /// `synchronous=FULL` fsyncs the WAL on every commit. NORMAL would be faster but may lose the
    /// last commits on power loss, and a lost order or stock decrement after the client was told
    /// "done" is the one thing a commerce store cannot explain. FULL keeps every commit we
    /// acknowledged.
    func apply(on db: any SQLDatabase) async throws {
        // First, so the pragmas below wait for another process's lock instead of failing busy at
        // once: switching a new file to WAL needs an exclusive lock, and nodes starting together
        // on one new file open connections while another node is already migrating it.
        try await db.raw("PRAGMA busy_timeout=\(unsafeRaw: String(Self.busyTimeoutMilliseconds))").run()
        if !inMemory {
            // journal_mode is persistent in the file; setting it again is a cheap no-op.
            try await db.raw("PRAGMA journal_mode=WAL").run()
        }
        try await db.raw("PRAGMA foreign_keys=ON").run()
        try await db.raw("PRAGMA synchronous=FULL").run()
        if readOnly {
            // Reader connections must never write: a write there would bypass the writer lock.
            try await db.raw("PRAGMA query_only=ON").run()
        }
        try await verify(on: db)
    }

    func verify(on db: any SQLDatabase) async throws {
        let snapshot = try await SQLitePragmaSnapshot.read(from: db)
        try expect("journal_mode", snapshot.journalMode, inMemory ? "memory" : "wal")
        try expect("foreign_keys", String(snapshot.foreignKeys), "1")
        try expect("busy_timeout", String(snapshot.busyTimeout), String(Self.busyTimeoutMilliseconds))
        // 2 is FULL.
        try expect("synchronous", String(snapshot.synchronous), "2")
    }

    private func expect(_ name: String, _ actual: String, _ expected: String) throws {
        guard actual.lowercased() == expected else {
            throw StorageError.pragmaNotApplied(name: name, expected: expected, actual: actual)
        }
    }
}

/// The durability-relevant pragmas of one SQLite connection, as SQLite reports them.
public struct SQLitePragmaSnapshot: Sendable, Equatable {
    /// `wal` for files, `memory` for in-memory databases.
    public var journalMode: String
    public var foreignKeys: Int
    public var busyTimeout: Int
    /// 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA.
    public var synchronous: Int

    public init(journalMode: String, foreignKeys: Int, busyTimeout: Int, synchronous: Int) {
        self.journalMode = journalMode
        self.foreignKeys = foreignKeys
        self.busyTimeout = busyTimeout
        self.synchronous = synchronous
    }

    static func read(from db: any SQLDatabase) async throws -> SQLitePragmaSnapshot {
        func value<T: Decodable>(_ pragma: String, as type: T.Type) async throws -> T {
            guard let row = try await db.raw("PRAGMA \(unsafeRaw: pragma)").first() else {
                throw StorageError.pragmaNotApplied(name: pragma, expected: "a value", actual: "no row")
            }
            return try row.decode(column: row.allColumns.first ?? pragma, as: T.self)
        }
        return SQLitePragmaSnapshot(
            journalMode: try await value("journal_mode", as: String.self),
            foreignKeys: try await value("foreign_keys", as: Int.self),
            busyTimeout: try await value("busy_timeout", as: Int.self),
            synchronous: try await value("synchronous", as: Int.self)
        )
    }
}
