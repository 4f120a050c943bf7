import CommerceStorage
import Testing

/// Parsing the `--database` value.
@Suite("Database location")
struct DatabaseLocationTests {
    @Test("A postgres URL selects PostgreSQL with its parts", arguments: ["postgres", "postgresql", "POSTGRES"])
    func postgresURL(scheme: String) throws {
        let location = try DatabaseLocation(parsing: "\(scheme)://magpie:s%40cret@127.0.0.1:54329/magpie_test")
        #expect(location.engine == .postgres)
        #expect(location.kind == .postgres(PostgresURL(
            host: "127.0.0.1", port: 54329, username: "magpie", password: "s@cret", database: "magpie_test"
        )))
    }

    @Test("A postgres URL without port or database uses 5432 and the user name")
    func postgresDefaults() throws {
        let location = try DatabaseLocation(parsing: "postgres://magpie@localhost")
        #expect(location.kind == .postgres(PostgresURL(host: "localhost", port: 5432, username: "magpie", password: nil, database: "magpie")))
    }

    @Test("A postgres URL never shows its password when printed")
    func passwordIsMasked() throws {
        let location = try DatabaseLocation(parsing: "postgres://magpie:secret@localhost/db")
        #expect(!location.description.contains("secret"))
    }

    @Test("A postgres URL without a user is rejected")
    func postgresWithoutUser() {
        #expect(throws: StorageError.invalidDatabaseURL) { try DatabaseLocation(parsing: "postgres://localhost/db") }
    }

    @Test("The value :memory: selects in-memory SQLite")
    func memory() throws {
        #expect(try DatabaseLocation(parsing: ":memory:").kind == .sqliteMemory)
    }

    @Test("Anything else is a SQLite file path", arguments: ["./magpie.sqlite", "/var/lib/magpie/db.sqlite", "data.db"])
    func filePath(path: String) throws {
        let location = try DatabaseLocation(parsing: path)
        #expect(location.kind == .sqliteFile(path: path))
        #expect(location.engine == .sqlite)
    }

    @Test("A remote PostgreSQL server without TLS needs an explicit sslmode=disable")
    func remoteWithoutTLS() throws {
        let remote = try PostgresURL(parsing: "postgres://u:p@db.example.com/magpie")
        #expect(throws: StorageError.postgresTLSUnsupported(host: "db.example.com")) {
            try PostgresProvider(url: remote, logger: TestDatabase.logger)
        }
        #expect(try PostgresURL(parsing: "postgres://u:p@db.example.com/magpie?sslmode=disable").tlsDisabled)
    }
}
