/// One admin user's two-factor settings (Magento's `tfa_user_config`). The Google secret is a
/// credential: it is only ever answered to the user configuring it, never logged or audited.
public struct TwoFactorUserConfig: Sendable, Equatable {
    public var userId: Int
    /// Codes set with `PUT /V1/tfa/user-providers/:userId`, kept as Magento keeps them.
    public var providers: [String]
    /// `""` until one is set, as Magento answers.
    public var defaultProvider: String
    public var googleSecret: String?
    /// Set once the user proved the secret with a code (`google/activate`).
    public var googleActive: Bool

    public init(userId: Int, providers: [String] = [], defaultProvider: String = "", googleSecret: String? = nil, googleActive: Bool = false) {
        self.userId = userId
        self.providers = providers
        self.defaultProvider = defaultProvider
        self.googleSecret = googleSecret
        self.googleActive = googleActive
    }
}

public protocol TwoFactorConfigRepository: Sendable {
    /// The stored settings, or empty ones for a user who has none.
    func config(userId: Int) async throws -> TwoFactorUserConfig
    /// The user's Google secret, storing `candidate` first when there is none (the first of two
    /// racing requests wins, so both answer the same secret).
    func googleSecret(userId: Int, orStore candidate: String) async throws -> String
    func activateGoogle(userId: Int) async throws
    func setProviders(userId: Int, codes: [String]) async throws
    func setDefaultProvider(userId: Int, code: String) async throws
}
