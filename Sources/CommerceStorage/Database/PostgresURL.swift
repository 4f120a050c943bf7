import Foundation

/// The parts of a `postgres://user:pass@host:port/database` URL that the client needs.
public struct PostgresURL: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String
    /// `?sslmode=disable` in the URL: the operator accepts plain text to a non-loopback server.
    public var tlsDisabled: Bool

    public init(
        host: String, port: Int = 5432, username: String, password: String?, database: String,
        tlsDisabled: Bool = false
    ) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.tlsDisabled = tlsDisabled
    }

    public init(parsing text: String) throws {
        guard let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "postgres" || scheme == "postgresql",
              let host = components.host, !host.isEmpty,
              let username = components.user, !username.isEmpty
        else { throw StorageError.invalidDatabaseURL }
        let database = String(components.path.drop(while: { $0 == "/" }))
        self.host = host
        self.port = components.port ?? 5432
        // `URLComponents.user`/`password` are already percent-decoded.
        self.username = username
        self.password = components.password
        self.database = database.isEmpty ? username : database
        self.tlsDisabled = components.queryItems?.contains { $0.name == "sslmode" && $0.value == "disable" } ?? false
    }

    /// The same URL pointing at another database on the same server (tests create one per case).
    public func with(database: String) -> PostgresURL {
        var copy = self
        copy.database = database
        return copy
    }

    /// Loopback servers are reached without TLS; anything else needs a TLS context or an explicit
    /// `sslmode=disable`.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    public var description: String {
        "postgres://\(username):***@\(host):\(port)/\(database)"
    }
}
