import CommerceDomain
import Foundation
import SQLKit

/// `magpie_console_signout`: one row per signed-out console session, kept until the session's
/// cookie could no longer be used anyway; each new sign-out sweeps the rows past their time.
public struct SQLConsoleSignOuts: ConsoleSignOuts {
    let provider: any DatabaseProvider

    public init(provider: any DatabaseProvider) {
        self.provider = provider
    }

    public func record(sessionHash: String, until: Date, now: Date) async throws {
        try await provider.transaction { db in
            try await db.raw("DELETE FROM magpie_console_signout WHERE expires_at < \(bind: MagentoTimestamp.string(from: now))").run()
            try await db.raw("""
                INSERT INTO magpie_console_signout (session_hash, expires_at)
                VALUES (\(bind: sessionHash), \(bind: MagentoTimestamp.string(from: until)))
                ON CONFLICT (session_hash) DO NOTHING
                """).run()
        }
    }

    public func isSignedOut(sessionHash: String) async throws -> Bool {
        try await provider.read { db in
            try await db.raw("SELECT 1 AS found FROM magpie_console_signout WHERE session_hash = \(bind: sessionHash)").first() != nil
        }
    }
}
