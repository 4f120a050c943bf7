/// Exchanges customer credentials (email and password) for a bearer token with the same lockout
/// rules as admin tokens, counted separately under the customer user type, and revokes a
/// customer's tokens.
public struct CustomerTokenService: Sendable {
    let customers: any CustomerRepository
    let throttle: any LoginThrottleRepository
    let hasher: any PasswordHasher
    let tokens: any TokenIssuer
    let clock: any CommerceClock
    let policy: AuthenticationPolicy
    let gate: LoginAttemptGate

    /// Shares the admin token service's hasher, throttle, issuer, clock and policy, so both kinds
    /// of account follow one configuration.
    public init(sharingWith admin: AdminTokenService, customers: any CustomerRepository) {
        self.customers = customers
        self.throttle = admin.throttle
        self.hasher = admin.hasher
        self.tokens = admin.tokens
        self.clock = admin.clock
        self.policy = admin.policy
        self.gate = admin.gate
    }

    public func createToken(username: String?, password: String?, websiteId: Int) async throws -> String {
        try CredentialsValidator.validate(username: username, password: password)
        let email = (username ?? "").lowercased()
        let password = password ?? ""
        let customerId = try await gate.attempt(username: email, userType: .customer, now: clock.now()) { () async throws -> Int? in
            guard let id = try await customers.customerId(email: email, websiteId: websiteId),
                  let hash = try await customers.credentials(customerId: id).passwordHash
            else {
                // Spend the same slow hash on unknown accounts so timing does not reveal them.
                _ = try await hasher.hash(password)
                return nil
            }
            return try await hasher.verify(password, against: hash) ? id : nil
        }
        return try await tokens.issue(for: .customer(customerId: customerId), lifetime: policy.customerTokenLifetime)
    }

    /// Every token of the customer issued up to now stops working.
    public func revokeTokens(customerId: Int) async throws -> Bool {
        _ = try await customers.customer(id: customerId)
        try await customers.revokeTokens(customerId: customerId, at: clock.now())
        return true
    }
}

extension CustomerAccountService {
    /// Uses the admin token service's password hasher and clock.
    public init(sharingWith admin: AdminTokenService, customers: any CustomerRepository) {
        self.init(customers: customers, hasher: admin.hasher, clock: admin.clock)
    }
}
