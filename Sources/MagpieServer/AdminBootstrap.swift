import CommerceDomain
import Foundation

/// Makes sure an admin account exists from the first start.
public enum AdminBootstrap {
    public struct Created: Sendable, Equatable {
        public var username: String
        /// Set only when the password was generated (it is shown once and never stored in clear).
        public var generatedPassword: String?
    }

    /// Creates the admin on a database that has none; returns what was created, or nil.
    public static func ensureAdmin(
        username: String, password: String?, users: any AdminUserRepository, hasher: any PasswordHasher
    ) async throws -> Created? {
        guard try await users.count() == 0 else { return nil }
        let chosen = password ?? generatePassword()
        _ = try await users.create(NewAdminUser(
            username: username, email: "\(username)@example.com", firstName: "Magpie", lastName: "Admin",
            passwordHash: try await hasher.hash(chosen)
        ))
        return Created(username: username, generatedPassword: password == nil ? chosen : nil)
    }

    static func generatePassword() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<20).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
