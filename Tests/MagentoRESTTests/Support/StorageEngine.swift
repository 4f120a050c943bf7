import CommerceStorage
import Foundation
import Logging
import SQLKit
import Testing

/// A database that outlives one connection, for router tests about concurrency: a SQLite file
/// (one writer and separate reader connections, unlike the in-memory default) always, and
/// PostgreSQL when `MAGPIE_TEST_POSTGRES_URL` names a server (a database of its own per test).
enum StorageEngine: Sendable, CustomTestStringConvertible {
    case sqliteFile
    case postgres(url: String)

    static var all: [StorageEngine] {
        let url = ProcessInfo.processInfo.environment["MAGPIE_TEST_POSTGRES_URL"] ?? ""
        return [.sqliteFile] + (url.isEmpty ? [] : [.postgres(url: url)])
    }

    var testDescription: String {
        switch self {
        case .sqliteFile: "SQLite file"
        case .postgres: "PostgreSQL"
        }
    }

    /// A new, empty database's location for `ServerConfiguration.database`, and how to remove it.
    func makeDatabase() async throws -> (location: String, remove: @Sendable () async -> Void) {
        switch self {
        case .sqliteFile:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("magpie-engine-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return (folder.appendingPathComponent("test.sqlite").path, { try? FileManager.default.removeItem(at: folder) })
        case .postgres(let text):
            let server = try PostgresURL(parsing: text)
            let name = "magpie_rest_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            try await Self.withServer(server) { db in try await db.raw("CREATE DATABASE \(ident: name)").run() }
            var url = URLComponents(string: text)
            url?.path = "/" + name
            return (url?.string ?? text, {
                try? await Self.withServer(server) { db in try await db.raw("DROP DATABASE IF EXISTS \(ident: name)").run() }
            })
        }
    }

    private static func withServer(_ server: PostgresURL, _ work: @Sendable (any SQLDatabase) async throws -> Void) async throws {
        let admin = try PostgresProvider(url: server, maximumConnections: 1, logger: Logger(label: "test"))
        do {
            try await admin.read(work)
            await admin.close()
        } catch {
            await admin.close()
            throw error
        }
    }
}
