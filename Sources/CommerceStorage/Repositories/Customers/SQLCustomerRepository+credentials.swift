import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

extension SQLCustomerRepository {
    public func credentials(customerId: Int) async throws -> CustomerCredentials {
        try await provider.read { db in
            guard let row = try await db.raw("""
                SELECT email, password_hash, rp_token, rp_token_created_at FROM customer_entity WHERE entity_id = \(bind: customerId)
                """).first() else {
                throw CommerceError.noSuchEntity(field: "customerId", value: String(customerId))
            }
            return CustomerCredentials(
                customerId: customerId, email: try row.decode(column: "email", as: String.self),
                passwordHash: try row.decode(column: "password_hash", as: String?.self),
                resetToken: try row.decode(column: "rp_token", as: String?.self),
                resetTokenCreatedAt: try row.decode(column: "rp_token_created_at", as: String?.self).flatMap(MagentoTimestamp.date(from:))
            )
        }
    }

    public func setPasswordHash(customerId: Int, hash: String) async throws {
        let now = timestamp()
        try await updateSecrets(customerId: customerId, event: "customer.password_changed", now: now) { db in
            try await db.raw("""
                UPDATE customer_entity SET password_hash = \(bind: hash), rp_token = NULL, rp_token_created_at = NULL,
                    updated_at = \(bind: now)
                WHERE entity_id = \(bind: customerId)
                """).run()
        }
    }

    public func storeResetToken(customerId: Int, token: String, at date: Date) async throws {
        let now = MagentoTimestamp.string(from: date)
        let email = try await credentials(customerId: customerId).email
        // The event is how the token leaves the server (a mailer subscribes to it); it is never in an API response.
        let extra = ",\"email\":\(JSONValue.string(email).jsonString),\"reset_token\":\(JSONValue.string(token).jsonString)"
        try await updateSecrets(customerId: customerId, event: "customer.password_reset_requested", extra: extra, now: now) { db in
            try await db.raw("""
                UPDATE customer_entity SET rp_token = \(bind: token), rp_token_created_at = \(bind: now)
                WHERE entity_id = \(bind: customerId)
                """).run()
        }
    }

    public func revokeTokens(customerId: Int, at date: Date) async throws {
        let now = MagentoTimestamp.string(from: date)
        try await updateSecrets(customerId: customerId, event: "customer.tokens_revoked", now: now) { db in
            try await db.raw("UPDATE customer_entity SET tokens_revoked_at = \(bind: now) WHERE entity_id = \(bind: customerId)").run()
        }
    }

    public func tokensRevokedAt(customerId: Int) async throws -> Date? {
        try await provider.read { db in
            try await db.raw("SELECT tokens_revoked_at FROM customer_entity WHERE entity_id = \(bind: customerId)").first()?
                .decode(column: "tokens_revoked_at", as: String?.self).flatMap(MagentoTimestamp.date(from:))
        }
    }

    private func updateSecrets(
        customerId: Int, event: String, extra: String = "", now: String,
        _ change: @escaping @Sendable (any SQLDatabase) async throws -> Void
    ) async throws {
        try await provider.transaction { db in
            guard try await db.raw("SELECT entity_id FROM customer_entity WHERE entity_id = \(bind: customerId)").first() != nil else {
                throw CommerceError.noSuchEntity(field: "customerId", value: String(customerId))
            }
            try await change(db)
            try await Self.event(event, id: customerId, on: db, at: now, extra: extra)
        }
    }
}
