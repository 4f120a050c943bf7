import Foundation
import Testing

/// The engines the storage contract runs on: SQLite always, PostgreSQL when
/// `MAGPIE_TEST_POSTGRES_URL` names a server (scripts/postgres/start.sh prints one).
enum TestEngine: Sendable, CustomTestStringConvertible {
    case sqliteFile
    case sqliteMemory
    case postgres(url: String)

    static let postgresURL: String? = {
        let value = ProcessInfo.processInfo.environment["MAGPIE_TEST_POSTGRES_URL"] ?? ""
        return value.isEmpty ? nil : value
    }()

    static var all: [TestEngine] {
        [.sqliteFile, .sqliteMemory] + (postgresURL.map { [.postgres(url: $0)] } ?? [])
    }

    /// Engines whose database outlives one connection, so two `Storage` values can share it.
    static var shared: [TestEngine] {
        all.filter { if case .sqliteMemory = $0 { false } else { true } }
    }

    var testDescription: String {
        switch self {
        case .sqliteFile: "SQLite file"
        case .sqliteMemory: "SQLite in memory"
        case .postgres: "PostgreSQL"
        }
    }
}
