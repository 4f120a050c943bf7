import CommerceDomain
import CommerceStorage
import Foundation
import Logging
import SQLKit

/// A fresh, empty database for one test, removed afterwards: a temporary SQLite file, a private
/// in-memory SQLite database, or a uniquely named PostgreSQL database created on the test server.
struct TestDatabase: Sendable {
    let location: DatabaseLocation
    private let cleanup: @Sendable () async throws -> Void

    static let logger: Logger = {
        var logger = Logger(label: "magpie.storage.tests")
        logger.logLevel = .warning
        return logger
    }()

    static func create(_ engine: TestEngine) async throws -> TestDatabase {
        switch engine {
        case .sqliteMemory:
            return TestDatabase(location: DatabaseLocation(.sqliteMemory), cleanup: {})
        case .sqliteFile:
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("magpie-test-\(UUID().uuidString).sqlite").path
            return TestDatabase(location: DatabaseLocation(.sqliteFile(path: path))) {
                for suffix in ["", "-wal", "-shm"] {
                    try? FileManager.default.removeItem(atPath: path + suffix)
                }
            }
        case .postgres(let text):
            let server = try PostgresURL(parsing: text)
            let name = "magpie_t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            try await withAdmin(server) { db in
                try await db.raw("CREATE DATABASE \(ident: name)").run()
            }
            return TestDatabase(location: DatabaseLocation(.postgres(server.with(database: name)))) {
                try await withAdmin(server) { db in
                    // Not WITH (FORCE): that needs the right to signal autovacuum workers, which a
                    // plain CREATEDB role lacks. A plain DROP waits a few seconds for the closed
                    // pool's backends to exit and stops autovacuum itself.
                    try await db.raw("DROP DATABASE IF EXISTS \(ident: name)").run()
                }
            }
        }
    }

    /// Opens a `Storage` on this database; several may be open at once on shared engines.
    func open(clock: any CommerceClock = FixedClock()) async throws -> Storage {
        try await Storage.open(location, clock: clock, logger: Self.logger)
    }

    func destroy() async throws {
        try await cleanup()
    }

    private static func withAdmin(_ server: PostgresURL, _ work: @Sendable (any SQLDatabase) async throws -> Void) async throws {
        // CREATE/DROP DATABASE cannot run in a transaction, and `read` opens none.
        let admin = try PostgresProvider(url: server, maximumConnections: 1, logger: logger)
        do {
            try await admin.read(work)
            await admin.close()
        } catch {
            await admin.close()
            // PSQLError hides its details from `description`; tests want them.
            throw SetupError(details: String(reflecting: error))
        }
    }
}

/// A failure preparing or removing a test database, with the driver's full details.
struct SetupError: Error, CustomStringConvertible {
    var details: String
    var description: String { details }
}

/// Runs `body` with a migrated `Storage` on a fresh database of `engine`, then tears it down.
func withStorage(
    _ engine: TestEngine, migrate: Bool = true, clock: any CommerceClock = FixedClock(),
    _ body: (Storage) async throws -> Void
) async throws {
    let database = try await TestDatabase.create(engine)
    do {
        let storage = try await database.open(clock: clock)
        do {
            if migrate { try await storage.migrate() }
            try await body(storage)
            await storage.close()
        } catch {
            await storage.close()
            throw error
        }
        try await database.destroy()
    } catch {
        try? await database.destroy()
        throw error
    }
}

/// Runs `body` with `count` separate `Storage` values (standing for separate nodes) on one fresh,
/// unmigrated database of `engine`, and closes them all however `body` ends.
func withNodes(_ engine: TestEngine, count: Int, _ body: ([Storage]) async throws -> Void) async throws {
    let database = try await TestDatabase.create(engine)
    var nodes: [Storage] = []
    do {
        for _ in 0..<count { nodes.append(try await database.open()) }
        try await body(nodes)
    } catch {
        for node in nodes { await node.close() }
        try? await database.destroy()
        throw error
    }
    for node in nodes { await node.close() }
    try await database.destroy()
}
