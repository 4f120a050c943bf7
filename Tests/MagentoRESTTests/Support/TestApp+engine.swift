import MagentoREST
import MagpieServer

extension TestApp {
    /// The real server on a new database of `engine`, rate limits off; the database is removed
    /// after `body`.
    static func run(on engine: StorageEngine, _ body: @escaping @Sendable (TestSession, TestApp) async throws -> Void) async throws {
        let database = try await engine.makeDatabase()
        let app = try await TestApp.make { configuration in
            configuration.database = database.location
            configuration.rateLimits.enabled = false
        }
        try await app.run { session in try await body(session, app) }
        await database.remove()
    }
}
