/// Admin accounts.
public protocol AdminUserRepository: Sendable {
    /// Case-insensitive lookup, as MySQL's collation makes it in Magento.
    func find(username: String) async throws -> AdminUser?
    func find(id: Int) async throws -> AdminUser?
    /// Creates the account and writes `admin_user.created` to the outbox in one transaction.
    /// Throws `CommerceError.alreadyExists` when the username is taken.
    func create(_ user: NewAdminUser) async throws -> AdminUser
    func count() async throws -> Int
}
