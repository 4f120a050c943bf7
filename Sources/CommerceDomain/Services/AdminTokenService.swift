/// Exchanges admin credentials for a bearer token, with Magento's lockout rules.
///
/// Wrong password, unknown user, locked or inactive account all give the same
/// `authenticationFailed`, so a caller cannot learn which part was wrong.
public struct AdminTokenService: Sendable {
    let users: any AdminUserRepository
    let throttle: any LoginThrottleRepository
    let hasher: any PasswordHasher
    let tokens: any TokenIssuer
    let clock: any CommerceClock
    let policy: AuthenticationPolicy
    let gate: LoginAttemptGate

    public init(
        users: any AdminUserRepository, throttle: any LoginThrottleRepository,
        hasher: any PasswordHasher, tokens: any TokenIssuer, clock: any CommerceClock,
        policy: AuthenticationPolicy
    ) {
        self.users = users
        self.throttle = throttle
        self.hasher = hasher
        self.tokens = tokens
        self.clock = clock
        self.policy = policy
        self.gate = LoginAttemptGate(throttle: throttle, policy: policy)
    }

    public func createToken(username: String?, password: String?) async throws -> String {
        try await token(for: try await verifiedUser(username: username, password: password))
    }

    /// The account the credentials belong to, under the same validation, lockout and refusal as
    /// a token request (the two-factor routes check the password this way before the code).
    public func verifiedUser(username: String?, password: String?) async throws -> AdminUser {
        try CredentialsValidator.validate(username: username, password: password)
        let username = username ?? ""
        let password = password ?? ""
        return try await gate.attempt(username: username, userType: .admin, now: clock.now()) { () async throws -> AdminUser? in
            guard let user = try await users.find(username: username) else {
                // Spend the same slow hash on unknown users so timing does not reveal them.
                _ = try await hasher.hash(password)
                return nil
            }
            return try await hasher.verify(password, against: user.passwordHash) && user.isActive ? user : nil
        }
    }

    public func token(for user: AdminUser) async throws -> String {
        try await tokens.issue(for: .admin(userId: user.id), lifetime: policy.adminTokenLifetime)
    }
}
