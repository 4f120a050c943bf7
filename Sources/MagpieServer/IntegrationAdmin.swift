import CommerceDomain
import CommerceStorage
import Logging

/// `magpie integration …`: manage integrations straight on the database, no server needed.
public enum IntegrationAdmin {
    /// Creates and activates an integration; returns it with its consumer key/secret and access token/secret.
    public static func create(
        _ configuration: ServerConfiguration, name: String, email: String?, resources: [String], logger: Logger
    ) async throws -> Integration {
        try await AdminStorage.with(configuration, logger: logger) { storage in
            let created = try await storage.integrations.create(IntegrationDraft(name: name, email: email, resources: resources))
            return try await storage.integrations.activate(id: created.id)
        }
    }

    public static func list(_ configuration: ServerConfiguration, logger: Logger) async throws -> [Integration] {
        try await AdminStorage.with(configuration, logger: logger) { storage in try await storage.integrations.integrations() }
    }

    /// Issues a new access token and secret; the old ones stop working at once.
    public static func rotate(_ configuration: ServerConfiguration, id: Int, logger: Logger) async throws -> Integration {
        try await AdminStorage.with(configuration, logger: logger) { storage in try await storage.integrations.activate(id: id) }
    }

    public static func delete(_ configuration: ServerConfiguration, id: Int, logger: Logger) async throws {
        try await AdminStorage.with(configuration, logger: logger) { storage in try await storage.integrations.delete(id: id) }
    }
}
