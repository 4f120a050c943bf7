import Foundation
import MagentoWire

/// Customer accounts with their address books (`/V1/customers…`). Every write is one transaction
/// with its outbox event.
public protocol CustomerRepository: Sendable {
    /// Throws `No such entity with customerId = …` when unknown.
    func customer(id: Int) async throws -> Customer
    /// The account with this email (case-insensitive) on the website, or nil.
    func customerId(email: String, websiteId: Int) async throws -> Int?
    func searchCustomers(_ criteria: SearchCriteria) async throws -> SearchPage<Customer>
    /// Inserts a validated account with its addresses; a taken email fails with Magento's duplicate message.
    func createCustomer(_ customer: Customer, passwordHash: String?) async throws -> Customer
    /// Replaces the account fields; `addresses` replaces the address book when sent, else it is kept.
    func updateCustomer(_ customer: Customer) async throws -> Customer
    func deleteCustomer(id: Int) async throws
    /// Throws `No such entity with addressId = …` when unknown.
    func address(id: Int) async throws -> CustomerAddress
    func deleteAddress(id: Int) async throws

    /// The password hash and reset token, for sign-in and password changes.
    func credentials(customerId: Int) async throws -> CustomerCredentials
    /// Sets a new password hash and forgets any reset token.
    func setPasswordHash(customerId: Int, hash: String) async throws
    /// Stores a password reset token; the token travels only in the `customer.password_reset_requested` event.
    func storeResetToken(customerId: Int, token: String, at date: Date) async throws
    /// Tokens issued at or before `date` stop working (Magento's "revoked before" marker).
    func revokeTokens(customerId: Int, at date: Date) async throws
    /// The revocation marker; nil when the account has none or does not exist.
    func tokensRevokedAt(customerId: Int) async throws -> Date?
}

/// The secret half of an account.
public struct CustomerCredentials: Sendable, Equatable {
    public var customerId: Int
    public var email: String
    public var passwordHash: String?
    public var resetToken: String?
    public var resetTokenCreatedAt: Date?

    public init(customerId: Int, email: String, passwordHash: String?, resetToken: String?, resetTokenCreatedAt: Date?) {
        self.customerId = customerId
        self.email = email
        self.passwordHash = passwordHash
        self.resetToken = resetToken
        self.resetTokenCreatedAt = resetTokenCreatedAt
    }
}

/// Customer groups (`/V1/customerGroups…`).
public protocol CustomerGroupRepository: Sendable {
    /// Throws `No such entity with id = …` when unknown.
    func group(id: Int) async throws -> CustomerGroup
    func searchGroups(_ criteria: SearchCriteria) async throws -> SearchPage<CustomerGroup>
    /// Creates (no id) or updates; a taken code fails with `Customer Group already exists.`.
    func saveGroup(_ group: CustomerGroup) async throws -> CustomerGroup
    func deleteGroup(id: Int) async throws
    /// The group new accounts join (`customer/create_account/default_group`, default scope).
    func defaultGroupId() async throws -> Int
    /// Makes an existing group the default; throws `No such entity with id = …` when unknown.
    func setDefaultGroup(id: Int) async throws
}
