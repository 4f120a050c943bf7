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
    }

    public func createToken(username: String?, password: String?) async throws -> String {
        try CredentialsValidator.validate(username: username, password: password)
        let username = username ?? ""
        let password = password ?? ""
        let now = clock.now()
        if let state = try await throttle.state(username: username, userType: .admin),
           let lockedUntil = state.lockedUntil, lockedUntil > now {
            throw CommerceError.authenticationFailed
        }
        let user = try await users.find(username: username)
        let matches: Bool
        if let user {
            matches = try await hasher.verify(password, against: user.passwordHash)
        } else {
            // Spend the same slow hash on unknown users so timing does not reveal them.
            _ = try await hasher.hash(password)
            matches = false
        }
        guard let user, matches, user.isActive else {
            try await throttle.recordFailure(
                username: username, userType: .admin, now: now,
                maxFailures: policy.maxFailures, lockDuration: policy.lockDuration
            )
            throw CommerceError.authenticationFailed
        }
        try await throttle.reset(username: username, userType: .admin)
        return try await tokens.issue(for: .admin(userId: user.id), lifetime: policy.adminTokenLifetime)
    }
}
