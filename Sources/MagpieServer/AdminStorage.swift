import CommerceDomain
import CommerceStorage
import Logging

/// Storage opened (and migrated) for one command that works on the database without a server:
/// `magpie integration …`, `magpie config …`.
enum AdminStorage {
    static func with<T: Sendable>(
        _ configuration: ServerConfiguration, logger: Logger, _ body: (Storage) async throws -> T
    ) async throws -> T {
        let storage = try await Storage.open(DatabaseLocation(parsing: configuration.database), clock: SystemClock(), logger: logger)
        do {
            try await storage.migrate()
            let result = try await body(storage)
            await storage.close()
            return result
        } catch {
            await storage.close()
            throw error
        }
    }
}
