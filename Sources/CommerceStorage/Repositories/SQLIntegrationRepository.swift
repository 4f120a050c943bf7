import CommerceDomain
import Foundation
import SQLKit

/// Integrations and OAuth nonces.
public struct SQLIntegrationRepository: IntegrationRepository {
    let provider: any DatabaseProvider
    let clock: any CommerceClock

    public init(provider: any DatabaseProvider, clock: any CommerceClock) {
        self.provider = provider
        self.clock = clock
    }

    /// Magento's credentials are 32 characters of `[0-9a-z]`.
    static func credential() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<32).map { _ in alphabet.randomElement(using: &generator)! })
    }

    public func create(_ draft: IntegrationDraft) async throws -> Integration {
        let now = MagentoTimestamp.string(from: clock.now())
        return try await provider.transaction { db in
            guard let row = try await db.raw("""
                INSERT INTO magpie_integration (name, email, endpoint, identity_link_url, resources, consumer_key,
                    consumer_secret, created_at, updated_at)
                VALUES (\(bind: draft.name), \(bind: draft.email), \(bind: draft.endpoint), \(bind: draft.identityLinkURL),
                    \(bind: draft.resources.joined(separator: ",")), \(bind: Self.credential()), \(bind: Self.credential()),
                    \(bind: now), \(bind: now))
                ON CONFLICT (name) DO NOTHING
                RETURNING integration_id
                """).first() else {
                throw CommerceError.alreadyExists(message: "Integration with name '%1' exists.", parameters: [draft.name])
            }
            let id = try row.decode(column: "integration_id", as: Int.self)
            try await Outbox.append(DomainEvent(type: "integration.created", entityType: "integration", entityId: String(id)), on: db, at: now)
            return try await Self.integration(id: id, on: db)
        }
    }

    public func update(id: Int, _ draft: IntegrationDraft) async throws -> Integration {
        let now = MagentoTimestamp.string(from: clock.now())
        return try await provider.transaction { db in
            _ = try await Self.integration(id: id, on: db)
            try await db.raw("""
                UPDATE magpie_integration SET name = \(bind: draft.name), email = \(bind: draft.email),
                    endpoint = \(bind: draft.endpoint), identity_link_url = \(bind: draft.identityLinkURL),
                    resources = \(bind: draft.resources.joined(separator: ",")), updated_at = \(bind: now)
                WHERE integration_id = \(bind: id)
                """).run()
            try await Outbox.append(DomainEvent(type: "integration.updated", entityType: "integration", entityId: String(id)), on: db, at: now)
            return try await Self.integration(id: id, on: db)
        }
    }

    public func delete(id: Int) async throws {
        let now = MagentoTimestamp.string(from: clock.now())
        try await provider.transaction { db in
            _ = try await Self.integration(id: id, on: db)
            try await db.raw("DELETE FROM magpie_integration WHERE integration_id = \(bind: id)").run()
            try await Outbox.append(DomainEvent(type: "integration.deleted", entityType: "integration", entityId: String(id)), on: db, at: now)
        }
    }

    public func integration(id: Int) async throws -> Integration {
        try await provider.read { db in try await Self.integration(id: id, on: db) }
    }

    public func integrations() async throws -> [Integration] {
        try await provider.read { db in
            try await db.raw("SELECT * FROM magpie_integration ORDER BY integration_id").all().map(Self.integration(from:))
        }
    }

    public func activate(id: Int) async throws -> Integration {
        let now = MagentoTimestamp.string(from: clock.now())
        return try await provider.transaction { db in
            _ = try await Self.integration(id: id, on: db)
            try await db.raw("""
                UPDATE magpie_integration SET is_active = 1, access_token = \(bind: Self.credential()),
                    access_token_secret = \(bind: Self.credential()), updated_at = \(bind: now)
                WHERE integration_id = \(bind: id)
                """).run()
            try await Outbox.append(DomainEvent(type: "integration.activated", entityType: "integration", entityId: String(id)), on: db, at: now)
            return try await Self.integration(id: id, on: db)
        }
    }

    public func integration(accessToken: String) async throws -> Integration? {
        try await provider.read { db in
            try await db.raw("SELECT * FROM magpie_integration WHERE access_token = \(bind: accessToken) AND is_active = 1")
                .first().map(Self.integration(from:))
        }
    }

    public func integration(consumerKey: String) async throws -> Integration? {
        try await provider.read { db in
            try await db.raw("SELECT * FROM magpie_integration WHERE consumer_key = \(bind: consumerKey) AND is_active = 1")
                .first().map(Self.integration(from:))
        }
    }

    public func beginHandshake(id: Int) async throws -> (integration: Integration, verifier: String) {
        let now = MagentoTimestamp.string(from: clock.now())
        let verifier = Self.credential()
        return try await provider.transaction { db in
            _ = try await Self.integration(id: id, on: db)
            try await db.raw("""
                UPDATE magpie_integration SET oauth_verifier = \(bind: verifier), request_token = NULL,
                    request_token_secret = NULL, updated_at = \(bind: now)
                WHERE integration_id = \(bind: id)
                """).run()
            try await Outbox.append(DomainEvent(type: "integration.handshake_started", entityType: "integration", entityId: String(id)), on: db, at: now)
            return (try await Self.integration(id: id, on: db), verifier)
        }
    }

    public func handshake(consumerKey: String) async throws -> IntegrationHandshake? {
        try await provider.read { db in
            guard let row = try await db.raw("SELECT * FROM magpie_integration WHERE consumer_key = \(bind: consumerKey)").first() else {
                return nil
            }
            return IntegrationHandshake(
                integration: try Self.integration(from: row),
                verifier: try row.decode(column: "oauth_verifier", as: String?.self),
                requestToken: try row.decode(column: "request_token", as: String?.self),
                requestTokenSecret: try row.decode(column: "request_token_secret", as: String?.self)
            )
        }
    }

    public func issueRequestToken(consumerKey: String) async throws -> (token: String, secret: String) {
        let token = Self.credential(), secret = Self.credential()
        try await provider.transaction { db in
            try await db.raw("""
                UPDATE magpie_integration SET request_token = \(bind: token), request_token_secret = \(bind: secret)
                WHERE consumer_key = \(bind: consumerKey)
                """).run()
        }
        return (token, secret)
    }

    public func completeHandshake(consumerKey: String) async throws -> Integration {
        let now = MagentoTimestamp.string(from: clock.now())
        return try await provider.transaction { db in
            guard let row = try await db.raw("""
                UPDATE magpie_integration SET is_active = 1, access_token = \(bind: Self.credential()),
                    access_token_secret = \(bind: Self.credential()), oauth_verifier = NULL, request_token = NULL,
                    request_token_secret = NULL, updated_at = \(bind: now)
                WHERE consumer_key = \(bind: consumerKey) RETURNING integration_id
                """).first() else { throw CommerceError.noSuchEntity(field: "consumerKey", value: consumerKey) }
            let id = try row.decode(column: "integration_id", as: Int.self)
            try await Outbox.append(DomainEvent(type: "integration.activated", entityType: "integration", entityId: String(id)), on: db, at: now)
            return try await Self.integration(id: id, on: db)
        }
    }

    public func useNonce(_ nonce: String, consumerKey: String, timestamp: Int, now: Date) async throws -> Bool {
        try await provider.transaction { db in
            try await db.raw("""
                INSERT INTO magpie_oauth_nonce (consumer_key, nonce, timestamp) VALUES (\(bind: consumerKey), \(bind: nonce), \(bind: timestamp))
                ON CONFLICT (consumer_key, nonce) DO NOTHING RETURNING nonce
                """).first() != nil
        }
    }

    static func integration(id: Int, on db: any SQLDatabase) async throws -> Integration {
        guard let row = try await db.raw("SELECT * FROM magpie_integration WHERE integration_id = \(bind: id)").first() else {
            throw CommerceError.noSuchEntity(field: "integrationId", value: String(id))
        }
        return try integration(from: row)
    }

    static func integration(from row: any SQLRow) throws -> Integration {
        Integration(
            id: try row.decode(column: "integration_id", as: Int.self),
            name: try row.decode(column: "name", as: String.self),
            email: try row.decode(column: "email", as: String?.self),
            endpoint: try row.decode(column: "endpoint", as: String?.self),
            identityLinkURL: try row.decode(column: "identity_link_url", as: String?.self),
            resources: try row.decode(column: "resources", as: String.self).split(separator: ",").map(String.init),
            isActive: try row.decode(column: "is_active", as: Int.self) == 1,
            consumerKey: try row.decode(column: "consumer_key", as: String.self),
            consumerSecret: try row.decode(column: "consumer_secret", as: String.self),
            accessToken: try row.decode(column: "access_token", as: String?.self),
            accessTokenSecret: try row.decode(column: "access_token_secret", as: String?.self),
            createdAt: try row.decode(column: "created_at", as: String.self),
            updatedAt: try row.decode(column: "updated_at", as: String.self)
        )
    }
}
