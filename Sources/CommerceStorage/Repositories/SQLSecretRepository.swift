import CommerceDomain
import SQLKit

/// Deployment secrets in `magpie_secret`, shared by every node on the same database.
public struct SQLSecretRepository: SecretRepository {
    let provider: any DatabaseProvider

    public init(provider: any DatabaseProvider) {
        self.provider = provider
    }

    public func secret(named name: String, orStore candidate: String) async throws -> String {
        try await provider.transaction { db in
            // The first insert wins; a racing node's insert waits for it (PostgreSQL) or runs after
            // it (SQLite's single writer), does nothing, and then reads the winner's value.
            try await db.raw("""
                INSERT INTO magpie_secret (name, value) VALUES (\(bind: name), \(bind: candidate))
                ON CONFLICT (name) DO NOTHING
                """).run()
            guard let row = try await db.raw("SELECT value FROM magpie_secret WHERE name = \(bind: name)").first() else {
                // Unreachable unless someone deletes the row between the two statements.
                return candidate
            }
            return try row.decode(column: "value", as: String.self)
        }
    }
}
