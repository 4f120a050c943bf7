import CommerceDomain
import CommerceStorage
import Logging
import MagentoREST

/// Two-factor authentication's server side: the service the routes use, and the tfat that
/// Magento e-mails to an admin user, which Magpie (having no mail) hands to the operator through
/// `magpie tfa token` instead.
public enum TwoFactorAdmin {
    /// The `magpie_secret` row that signs tfats, shared by every node on the database.
    static let secretName = "tfat_hs256"

    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    static func service(storage: Storage, adminTokens: AdminTokenService, clock: any CommerceClock) async throws -> TwoFactorAuth {
        TwoFactorAuth(
            adminTokens: adminTokens, users: storage.adminUsers, configs: storage.twoFactor,
            signer: try await signer(storage), clock: clock
        )
    }

    /// A tfat for `username`, valid for an hour from `clock`'s now (the server's clock, when a
    /// test has moved it, is the one that checks it).
    public static func tfat(
        _ configuration: ServerConfiguration, username: String, clock: any CommerceClock = SystemClock(), logger: Logger
    ) async throws -> String {
        try await AdminStorage.with(configuration, logger: logger) { storage in
            guard let user = try await storage.adminUsers.find(username: username) else {
                throw Problem(description: "No admin user named \(username).")
            }
            return try await signer(storage).issue(userId: user.id, at: clock.now())
        }
    }

    static func signer(_ storage: Storage) async throws -> TfaTokenSigner {
        TfaTokenSigner(secret: try await storage.secrets.secret(named: secretName, orStore: MagpieApplication.randomSecret()))
    }
}
