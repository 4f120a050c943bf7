import CommerceStorage
import Foundation
import SQLKit
import Testing

extension StorageContractTests {
    @Test("PostgreSQL cancels a statement that runs past the provider's statement timeout")
    func postgresStatementTimeout() async throws {
        guard let url = TestEngine.postgresURL else { return }
        let provider = try PostgresProvider(
            url: try PostgresURL(parsing: url), maximumConnections: 1, statementTimeoutMilliseconds: 300, logger: TestDatabase.logger
        )
        // Connect first, so the clock below times the statement alone.
        try await provider.read { db in try await db.raw("SELECT 1").run() }
        let started = ContinuousClock.now
        await #expect(throws: (any Error).self) {
            try await provider.read { db in try await db.raw("SELECT pg_sleep(10)").run() }
        }
        #expect(ContinuousClock.now - started < .seconds(8))
        let setting = try await provider.read { db in
            try await db.raw("SHOW statement_timeout").first()?.decode(column: "statement_timeout", as: String.self)
        }
        #expect(setting == "300ms")
        await provider.close()
    }
}
