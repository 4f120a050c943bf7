import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit
import SQLiteKit

/// Sync state in a small SQLite file (or `:memory:`): checkpoints, applied stamps and id maps.
public actor SQLiteSyncState: SyncStateStore {
    private let connection: SQLiteConnection
    private let threadPool: NIOThreadPool
    private var closed = false

    private init(connection: SQLiteConnection, threadPool: NIOThreadPool) {
        self.connection = connection
        self.threadPool = threadPool
    }

    /// Opens (creating if needed) the state file at `path`; `:memory:` keeps it for this process only.
    public static func open(path: String) async throws -> SQLiteSyncState {
        let threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        do {
            let connection = try await SQLiteConnection.open(
                storage: path == ":memory:" ? .memory : .file(path: path), threadPool: threadPool,
                logger: Logger(label: "magento-client.sync-state"), on: MultiThreadedEventLoopGroup.singleton.any()
            )
            let state = SQLiteSyncState(connection: connection, threadPool: threadPool)
            try await state.createTables()
            return state
        } catch {
            try? await threadPool.shutdownGracefully()
            throw error
        }
    }

    public func close() async {
        guard !closed else { return }
        closed = true
        try? await connection.close()
        try? await threadPool.shutdownGracefully()
    }

    private var db: any SQLDatabase { connection.sql() }

    private func createTables() async throws {
        try await db.raw("CREATE TABLE IF NOT EXISTS sync_checkpoint (entity TEXT PRIMARY KEY, value TEXT NOT NULL)").run()
        try await db.raw("""
            CREATE TABLE IF NOT EXISTS sync_applied (entity TEXT NOT NULL, record_key TEXT NOT NULL, stamp TEXT NOT NULL,
                PRIMARY KEY (entity, record_key))
            """).run()
        try await db.raw("""
            CREATE TABLE IF NOT EXISTS sync_id_map (entity TEXT NOT NULL, source_id TEXT NOT NULL, target_id TEXT NOT NULL,
                PRIMARY KEY (entity, source_id))
            """).run()
    }

    public func checkpoint(_ entity: String) async throws -> String? {
        try await db.raw("SELECT value FROM sync_checkpoint WHERE entity = \(bind: entity)").first()?
            .decode(column: "value", as: String.self)
    }

    public func setCheckpoint(_ entity: String, _ value: String) async throws {
        try await db.raw("""
            INSERT INTO sync_checkpoint (entity, value) VALUES (\(bind: entity), \(bind: value))
            ON CONFLICT (entity) DO UPDATE SET value = excluded.value
            """).run()
    }

    public func appliedStamp(_ entity: String, key: String) async throws -> String? {
        try await db.raw("SELECT stamp FROM sync_applied WHERE entity = \(bind: entity) AND record_key = \(bind: key)").first()?
            .decode(column: "stamp", as: String.self)
    }

    public func setAppliedStamp(_ entity: String, key: String, stamp: String) async throws {
        try await db.raw("""
            INSERT INTO sync_applied (entity, record_key, stamp) VALUES (\(bind: entity), \(bind: key), \(bind: stamp))
            ON CONFLICT (entity, record_key) DO UPDATE SET stamp = excluded.stamp
            """).run()
    }

    public func targetId(_ entity: String, sourceId: String) async throws -> String? {
        try await db.raw("SELECT target_id FROM sync_id_map WHERE entity = \(bind: entity) AND source_id = \(bind: sourceId)").first()?
            .decode(column: "target_id", as: String.self)
    }

    public func setTargetId(_ entity: String, sourceId: String, targetId: String) async throws {
        try await db.raw("""
            INSERT INTO sync_id_map (entity, source_id, target_id) VALUES (\(bind: entity), \(bind: sourceId), \(bind: targetId))
            ON CONFLICT (entity, source_id) DO UPDATE SET target_id = excluded.target_id
            """).run()
    }
}
