import CommerceDomain
import SQLKit

/// Admin users' two-factor settings in `tfa_user_config`. Every write is one upsert, so a user
/// without a row gets one on their first change.
public struct SQLTwoFactorConfigRepository: TwoFactorConfigRepository {
    let provider: any DatabaseProvider

    public init(provider: any DatabaseProvider) {
        self.provider = provider
    }

    public func config(userId: Int) async throws -> TwoFactorUserConfig {
        try await provider.read { db in
            guard let row = try await db.raw("""
                SELECT encoded_providers, default_provider, google_secret, google_active FROM tfa_user_config WHERE user_id = \(bind: userId)
                """).first()
            else { return TwoFactorUserConfig(userId: userId) }
            let providers = try row.decode(column: "encoded_providers", as: String.self)
            return TwoFactorUserConfig(
                userId: userId,
                providers: providers.split(separator: ",").map(String.init),
                defaultProvider: try row.decode(column: "default_provider", as: String.self),
                googleSecret: try row.decode(column: "google_secret", as: String?.self),
                googleActive: try row.decode(column: "google_active", as: Int.self) == 1
            )
        }
    }

    public func googleSecret(userId: Int, orStore candidate: String) async throws -> String {
        try await provider.transaction { db in
            try await db.raw("""
                INSERT INTO tfa_user_config (user_id, google_secret) VALUES (\(bind: userId), \(bind: candidate))
                ON CONFLICT (user_id) DO UPDATE SET google_secret = COALESCE(tfa_user_config.google_secret, excluded.google_secret)
                RETURNING google_secret
                """).first()?.decode(column: "google_secret", as: String.self) ?? candidate
        }
    }

    public func activateGoogle(userId: Int) async throws {
        try await provider.transaction { db in
            try await db.raw("""
                INSERT INTO tfa_user_config (user_id, google_active) VALUES (\(bind: userId), 1)
                ON CONFLICT (user_id) DO UPDATE SET google_active = 1
                """).run()
        }
    }

    public func setProviders(userId: Int, codes: [String]) async throws {
        try await upsert(userId: userId, column: "encoded_providers", value: codes.joined(separator: ","))
    }

    public func setDefaultProvider(userId: Int, code: String) async throws {
        try await upsert(userId: userId, column: "default_provider", value: code)
    }

    /// `column` is one of this file's literals, never caller input.
    private func upsert(userId: Int, column: String, value: String) async throws {
        try await provider.transaction { db in
            try await db.raw("""
                INSERT INTO tfa_user_config (user_id, \(unsafeRaw: column)) VALUES (\(bind: userId), \(bind: value))
                ON CONFLICT (user_id) DO UPDATE SET \(unsafeRaw: column) = excluded.\(unsafeRaw: column)
                """).run()
        }
    }
}
