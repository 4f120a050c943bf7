import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// Magento_TwoFactorAuth's web API for the Google provider: the admin-token refusal, the
/// tfat-guarded configuration, and the password-plus-code token. Messages and statuses are
/// Magento's: a LocalizedException is a 400, an AuthorizationException a 401.
public struct TwoFactorAuth: Sendable {
    let adminTokens: AdminTokenService
    let users: any AdminUserRepository
    let configs: any TwoFactorConfigRepository
    let signer: TfaTokenSigner
    let clock: any CommerceClock

    public init(
        adminTokens: AdminTokenService, users: any AdminUserRepository, configs: any TwoFactorConfigRepository,
        signer: TfaTokenSigner, clock: any CommerceClock
    ) {
        self.adminTokens = adminTokens
        self.users = users
        self.configs = configs
        self.signer = signer
        self.clock = clock
    }

    static let notAllowed = CommerceError.invalidInput(message: "Provider is not allowed.")
    static let notConfigured = CommerceError.invalidInput(message: "Provider is not configured.")
    static let alreadyConfigured = CommerceError.invalidInput(message: "Provider is already configured.")
    static let invalidCode = CommerceError.authenticationRejected(message: "Invalid code.")
    static let invalidTfat = CommerceError.authenticationRejected(message: "Invalid two-factor authorization token")

    /// The tfat Magento would e-mail to `userId` (Magpie hands it to the operator instead).
    public func issueTfat(userId: Int) -> String {
        signer.issue(userId: userId, at: clock.now())
    }

    public func activeCodes(userId: Int, among providers: [TwoFactorProvider]) async throws -> [String] {
        let config = try await configs.config(userId: userId)
        return providers.map(\.code).filter { $0 == TwoFactorProviders.google.code && config.googleActive }
    }

    public func providersToActivate(userId: Int, _ settings: TwoFactorSettings) async throws -> [TwoFactorProvider] {
        let active = try await activeCodes(userId: userId, among: settings.forcedProviders)
        return settings.forcedProviders.filter { !active.contains($0.code) }
    }

    /// `POST /V1/integration/admin/token` with two-factor on: the password is checked as
    /// always, then the request is refused with what the user has to do instead.
    public func refuseAdminToken(username: String?, password: String?, _ settings: TwoFactorSettings) async throws -> Never {
        let user = try await adminTokens.verifiedUser(username: username, password: password)
        let providers = settings.forcedProviders
        let active = try await activeCodes(userId: user.id, among: providers)
        if !providers.isEmpty, active.count == providers.count {
            throw MagentoHTTPError(
                .badRequest, "Please use the 2fa provider-specific endpoints to obtain a token.",
                parameters: .named([.init("active_providers", list: active)])
            )
        }
        if providers.isEmpty {
            throw CommerceError.invalidInput(message: "Please ask an administrator with sufficient access to configure 2FA first")
        }
        // Magento e-mails a tfat link here; Magpie has no mail: `magpie tfa token` gives it.
        throw MagentoHTTPError(
            .badRequest,
            "You are required to configure personal Two-Factor Authorization in order to login. Please check your email.",
            parameters: .named([.init("providers", list: providers.map(\.code)), .init("active_providers", list: active)])
        )
    }

    /// `POST /V1/tfa/provider/google/authenticate`: an admin token for the right password and code.
    public func authenticateGoogle(username: String?, password: String?, otp: String, _ settings: TwoFactorSettings) async throws -> String {
        let user = try await adminTokens.verifiedUser(username: username, password: password)
        try await assertUsable(TwoFactorProviders.google.code, userId: user.id, settings)
        guard try await verify(otp, userId: user.id, settings) else { throw Self.invalidCode }
        return try await adminTokens.token(for: user)
    }

    /// The other providers' sign-in routes: the password, then Magento's refusal of a provider
    /// that is not among the forced (Magpie never enables them).
    public func refuseProvider(_ code: String, username: String?, password: String?, _ settings: TwoFactorSettings) async throws -> Never {
        let user = try await adminTokens.verifiedUser(username: username, password: password)
        try await assertUsable(code, userId: user.id, settings)
        throw Self.notAllowed
    }

    /// The other providers' tfat routes: the token is read, then the provider refused.
    public func refuseProvider(_ code: String, tfaToken: String, _ settings: TwoFactorSettings) async throws -> Never {
        _ = try await userConfiguring(code, tfaToken: tfaToken, settings)
        throw Self.notAllowed
    }

    /// `POST /V1/tfa/provider/google/configure`: the user's secret (made on first call) and a
    /// PNG of the QR code of the `otpauth://` URI an authenticator app scans; `issuer` is the
    /// store's host, as Magento's.
    public func googleConfiguration(tfaToken: String, issuer: String, _ settings: TwoFactorSettings) async throws -> GoogleConfiguration {
        let user = try await userConfiguring(TwoFactorProviders.google.code, tfaToken: tfaToken, settings)
        let secret = try await configs.googleSecret(userId: user.id, orStore: Self.newSecret())
        let uri = Self.provisioningURI(secret: secret, label: user.email, issuer: issuer)
        // Any URI of a real e-mail and host fits a version 40 code; none at all is not a picture.
        let png = QRCode(uri).map { Data(PNGImage.qrCode($0)).base64EncodedString() } ?? ""
        return GoogleConfiguration(qrCodeBase64: png, secretCode: secret)
    }

    /// `POST /V1/tfa/provider/google/activate`: a right code makes Google the user's active provider.
    public func activateGoogle(tfaToken: String, otp: String, _ settings: TwoFactorSettings) async throws {
        let user = try await userConfiguring(TwoFactorProviders.google.code, tfaToken: tfaToken, settings)
        guard try await verify(otp, userId: user.id, settings) else { throw Self.invalidCode }
        try await configs.activateGoogle(userId: user.id)
    }

    /// TfatActions: the user a tfat names, once it is checked.
    public func tfatUser(_ tfaToken: String) throws -> Int {
        guard let userId = TfaTokenSigner.claimedUserId(tfaToken), signer.isValid(tfaToken, for: userId, at: clock.now()) else {
            throw CommerceError.authenticationRejected(message: "Invalid token.")
        }
        return userId
    }

    /// `PUT /V1/tfa/user-providers/:userId`: every code must be a provider the user may use.
    public func setProviders(userId: Int, codes: String, _ settings: TwoFactorSettings) async throws {
        let list = codes.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        for code in list { try Self.assertAllowed(code, settings) }
        try await configs.setProviders(userId: userId, codes: list)
    }

    public func setDefaultProvider(userId: Int, code: String, _ settings: TwoFactorSettings) async throws {
        try Self.assertAllowed(code, settings)
        try await configs.setDefaultProvider(userId: userId, code: code)
    }

    public func defaultProvider(userId: Int) async throws -> String {
        try await configs.config(userId: userId).defaultProvider
    }

    // MARK: - Magento's UserAuthenticator and Tfa checks

    static func assertAllowed(_ code: String, _ settings: TwoFactorSettings) throws {
        guard settings.forces(code) else {
            throw CommerceError.notFound(message: "Unknown or not enabled provider %1 for this user", parameters: [code])
        }
    }

    func assertUsable(_ code: String, userId: Int, _ settings: TwoFactorSettings) async throws {
        guard settings.forces(code) else { throw Self.notAllowed }
        guard try await activeCodes(userId: userId, among: settings.forcedProviders).contains(code) else { throw Self.notConfigured }
    }

    /// Magento's order: the token's claimed user is read, the provider checked for them, and
    /// only then the signature and age.
    func userConfiguring(_ code: String, tfaToken: String, _ settings: TwoFactorSettings) async throws -> AdminUser {
        guard let userId = TfaTokenSigner.claimedUserId(tfaToken) else { throw Self.invalidTfat }
        guard settings.forces(code) else { throw Self.notAllowed }
        if try await activeCodes(userId: userId, among: settings.forcedProviders).contains(code) { throw Self.alreadyConfigured }
        guard signer.isValid(tfaToken, for: userId, at: clock.now()), let user = try await users.find(id: userId) else {
            throw Self.invalidTfat
        }
        return user
    }

    func verify(_ otp: String, userId: Int, _ settings: TwoFactorSettings) async throws -> Bool {
        guard !otp.isEmpty, let secret = try await configs.config(userId: userId).googleSecret, let key = Base32.decode(secret) else {
            return false
        }
        return Totp(secret: key).verify(otp, at: clock.now(), leeway: settings.leeway)
    }

    /// 160 random bits, RFC 4226's recommended secret length, in base32.
    static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return Base32.encode((0..<20).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    /// otphp's URI: `otpauth://totp/issuer:label?issuer=…&secret=…`, percent-encoded as PHP's rawurlencode.
    static func provisioningURI(secret: String, label: String, issuer: String) -> String {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let encode = { (text: String) in text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text }
        return "otpauth://totp/\(encode(issuer + ":" + label))?issuer=\(encode(issuer))&secret=\(secret)"
    }
}
