/// An admin account as stored; the password is only ever held as a hash.
public struct AdminUser: Sendable, Equatable {
    public var id: Int
    public var username: String
    public var email: String
    public var firstName: String
    public var lastName: String
    public var passwordHash: String
    public var isActive: Bool

    public init(
        id: Int, username: String, email: String, firstName: String, lastName: String,
        passwordHash: String, isActive: Bool
    ) {
        self.id = id
        self.username = username
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.passwordHash = passwordHash
        self.isActive = isActive
    }
}

/// What is needed to create an admin account.
public struct NewAdminUser: Sendable, Equatable {
    public var username: String
    public var email: String
    public var firstName: String
    public var lastName: String
    public var passwordHash: String

    public init(username: String, email: String, firstName: String, lastName: String, passwordHash: String) {
        self.username = username
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.passwordHash = passwordHash
    }
}
