import Foundation
import MagentoWire

/// Magento's AccountManagement for customers: account creation with a password, password change
/// and reset, and the reset-token check. Passwords are hashed with the admin accounts' hasher.
public struct CustomerAccountService: Sendable {
    public let customers: any CustomerRepository
    let hasher: any PasswordHasher
    let clock: any CommerceClock
    /// How long a reset token is valid (Magento's `customer/password/reset_link_expiration_period`: 2 hours).
    public var resetTokenLifetime: TimeInterval = 2 * 3600

    public init(customers: any CustomerRepository, hasher: any PasswordHasher, clock: any CommerceClock) {
        self.customers = customers
        self.hasher = hasher
        self.clock = clock
    }

    /// `POST /V1/customers`: validates the password (when sent) before anything is stored.
    public func createAccount(_ customer: Customer, password: String?) async throws -> Customer {
        var hash: String?
        if let password {
            try PasswordRules.check(password, email: customer.email)
            hash = try await hasher.hash(password)
        }
        var account = customer
        // Creation never takes an id: Magento's "add to another store" path is not supported.
        account.id = nil
        return try await customers.createCustomer(account, passwordHash: hash)
    }

    /// `PUT /V1/customers/me/password`: the current password must match (401 otherwise).
    public func changePassword(customerId: Int, current: String, new: String) async throws -> Bool {
        let credentials = try await customers.credentials(customerId: customerId)
        guard let stored = credentials.passwordHash, try await hasher.verify(current, against: stored) else {
            throw CommerceError.authenticationRejected(
                message: "The password doesn't match this account. Verify the password and try again."
            )
        }
        try PasswordRules.check(new, email: credentials.email)
        try await customers.setPasswordHash(customerId: customerId, hash: try await hasher.hash(new))
        return true
    }

    /// `PUT /V1/customers/password`: stores a fresh token and announces it in the outbox (no mail is sent).
    public func initiatePasswordReset(email: String, template: String, websiteId: Int) async throws -> Bool {
        let id = try await customerId(email: email, websiteId: websiteId)
        guard ["email_reset", "email_reminder"].contains(template) else {
            throw CommerceError.invalidInputNamed(
                message: "Invalid value of \"%value\" provided for the %fieldName field. Possible values: %template1 or %template2.",
                parameters: ["value": template, "fieldName": "template", "template1": "email_reminder", "template2": "email_reset"]
            )
        }
        try await customers.storeResetToken(customerId: id, token: Self.newToken(), at: clock.now())
        return true
    }

    /// The resetLinkToken check: mismatched or expired tokens fail with Magento's messages.
    public func validateResetToken(customerId: Int, token: String) async throws -> Bool {
        if customerId <= 0 {
            throw CommerceError.invalidInputNamed(
                message: "Invalid value of \"%value\" provided for the %fieldName field.",
                parameters: ["value": String(customerId), "fieldName": "customerId"]
            )
        }
        if token.isEmpty { throw CommerceError.required("resetPasswordLinkToken") }
        let credentials = try await customers.credentials(customerId: customerId)
        guard let stored = credentials.resetToken, ConstantTime.equal(stored, token) else {
            throw CommerceError.invalidInput(message: "The password token is mismatched. Reset and try again.")
        }
        if let created = credentials.resetTokenCreatedAt, clock.now().timeIntervalSince(created) > resetTokenLifetime {
            throw CommerceError.invalidInput(message: "The password token is expired. Reset and try again.")
        }
        return true
    }

    /// `POST /V1/customers/resetPassword`.
    public func resetPassword(email: String, token: String, newPassword: String, websiteId: Int) async throws -> Bool {
        let id = try await customerId(email: email, websiteId: websiteId)
        _ = try await validateResetToken(customerId: id, token: token)
        try PasswordRules.check(newPassword, email: email)
        try await customers.setPasswordHash(customerId: id, hash: try await hasher.hash(newPassword))
        return true
    }

    /// The account with this email on the website; Magento's two-field not-found error otherwise.
    public func customerId(email: String, websiteId: Int) async throws -> Int {
        guard let id = try await customers.customerId(email: email, websiteId: websiteId) else {
            throw CommerceError.notFoundNamed(
                message: "No such entity with %fieldName = %fieldValue, %field2Name = %field2Value",
                parameters: ["fieldName": "email", "fieldValue": email, "field2Name": "websiteId", "field2Value": String(websiteId)]
            )
        }
        return id
    }

    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz")
        return String((0..<32).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}
