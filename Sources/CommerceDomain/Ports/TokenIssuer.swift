/// Issues and reads bearer tokens (JWTs on the server).
public protocol TokenIssuer: Sendable {
    /// A signed token for the identity; `lifetime` in seconds.
    func issue(for identity: CallerIdentity, lifetime: Int) async throws -> String
    /// The identity a token names, or `nil` when it is malformed, forged or expired.
    /// Magento treats every bad token as a guest, so this never throws for bad input.
    func identity(fromToken token: String) async -> CallerIdentity?
}
