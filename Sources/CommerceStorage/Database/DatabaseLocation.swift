import Foundation

/// Where the data lives, parsed from the `--database` value.
///
/// `postgres://` or `postgresql://` selects PostgreSQL, `:memory:` a private in-memory SQLite
/// database (tests), and anything else is the path of a SQLite file.
public struct DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case sqliteFile(path: String)
        case sqliteMemory
        case postgres(PostgresURL)
    }

    public var kind: Kind

    public init(_ kind: Kind) {
        self.kind = kind
    }

    /// Parses a `--database` value; throws `StorageError.invalidDatabaseURL` for a malformed URL.
    public init(parsing value: String) throws {
        let lowered = value.lowercased()
        if lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") {
            self.kind = .postgres(try PostgresURL(parsing: value))
        } else if value == ":memory:" {
            self.kind = .sqliteMemory
        } else {
            self.kind = .sqliteFile(path: value)
        }
    }

    public var engine: DatabaseEngine {
        switch kind {
        case .sqliteFile, .sqliteMemory: .sqlite
        case .postgres: .postgres
        }
    }

    /// Safe to log: a PostgreSQL password is masked.
    public var description: String {
        switch kind {
        case .sqliteFile(let path): "sqlite:\(path)"
        case .sqliteMemory: "sqlite::memory:"
        case .postgres(let url): url.description
        }
    }
}
