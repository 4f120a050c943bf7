/// Deployment secrets shared by every node that uses the same database (the JWT signing key).
public protocol SecretRepository: Sendable {
    /// Returns the secret named `name`, storing `candidate` first if there is none yet.
    /// When several nodes race, all of them get the one value that was stored first.
    func secret(named name: String, orStore candidate: String) async throws -> String
}
