/// Slow, salted password hashing. The server uses bcrypt; tests may use a fast fake.
public protocol PasswordHasher: Sendable {
    func hash(_ password: String) async throws -> String
    func verify(_ password: String, against hash: String) async throws -> Bool
}
