import CommerceDomain
import CommerceStorage
import Foundation
import Logging
import MagentoWire
import MagpieServer
import SQLKit
import Testing

/// Where a cart test's server keeps its data: in-memory SQLite always, PostgreSQL when
/// `MAGPIE_TEST_POSTGRES_URL` names a server (each test gets a database of its own).
enum CartEngine: Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres(url: String)

    static var all: [CartEngine] {
        let url = ProcessInfo.processInfo.environment["MAGPIE_TEST_POSTGRES_URL"] ?? ""
        return [.sqlite] + (url.isEmpty ? [] : [.postgres(url: url)])
    }

    var testDescription: String {
        switch self {
        case .sqlite: "SQLite"
        case .postgres: "PostgreSQL"
        }
    }
}

/// A clock stopped at 2026-09-21 14:13:20 UTC, so timestamps in answers are exact.
struct StoppedClock: CommerceClock {
    func now() -> Date { Date(timeIntervalSince1970: 1_790_000_000) }
}

extension GraphQLTestApp {
    /// The real server on `engine` with a stopped clock; `body` runs against its router and the
    /// PostgreSQL database (if any) is dropped afterwards.
    static func run(on engine: CartEngine, _ body: @escaping @Sendable (GraphQLSession) async throws -> Void) async throws {
        var configuration = ServerConfiguration(database: ":memory:", adminPassword: CartFixtures.adminPassword)
        configuration.publicURL = "http://magpie.test/"
        configuration.catalogProfile = nil
        configuration.mediaDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("magpie-gql-cart-\(UUID().uuidString)").path
        var dropDatabase: (@Sendable () async throws -> Void)?
        if case .postgres(let text) = engine {
            let server = try PostgresURL(parsing: text)
            let name = "magpie_gqlcart_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            try await withServer(server) { db in try await db.raw("CREATE DATABASE \(ident: name)").run() }
            var url = URLComponents(string: text)
            url?.path = "/" + name
            configuration.database = url?.string ?? text
            dropDatabase = { try await withServer(server) { db in try await db.raw("DROP DATABASE IF EXISTS \(ident: name)").run() } }
        }
        let magpie = try await MagpieApplication.prepare(
            configuration, clock: StoppedClock(), hasher: PlainTestHasher(), logger: Logger(label: "test")
        )
        do {
            try await GraphQLTestApp(magpie: magpie).run(body)
        } catch {
            try await dropDatabase?()
            throw error
        }
        try await dropDatabase?()
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
