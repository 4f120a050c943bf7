import CommerceDomain
import Foundation
import JWTKit

/// Magento 2.4.4+ style bearer tokens: JWS HS256, header `kid: "1"`, claims `uid`, `utypid`,
/// `iat`, `exp`. The key is shared by every node through the database.
public struct JWTTokenIssuer: TokenIssuer {
    let keys: JWTKeyCollection
    let clock: any CommerceClock
    let verified = VerifiedTokenCache()

    public init(secret: String, clock: any CommerceClock) async {
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256, kid: "1")
        self.keys = keys
        self.clock = clock
    }

    public func issue(for identity: CallerIdentity, lifetime: Int) async throws -> String {
        guard let userId = identity.userId else {
            throw CommerceError.invalidInput(message: "A guest cannot hold a token.")
        }
        let now = clock.now()
        let claims = MagentoTokenClaims(
            uid: userId, utypid: identity.userType.rawValue,
            iat: IssuedAtClaim(value: now),
            exp: ExpirationClaim(value: now.addingTimeInterval(TimeInterval(lifetime)))
        )
        return try await keys.sign(claims, kid: "1")
    }

    public func identity(fromToken token: String) async -> CallerIdentity? {
        let now = clock.now()
        if let known = verified.identity(for: token, now: now) { return known }
        guard let claims = try? await keys.verify(token, as: MagentoTokenClaims.self),
              claims.exp.value > now else { return nil }
        let identity: CallerIdentity
        switch UserType(rawValue: claims.utypid) {
        case .admin: identity = .admin(userId: claims.uid)
        case .customer: identity = .customer(customerId: claims.uid)
        case .integration: identity = .integration(integrationId: claims.uid)
        case .guest, nil: return nil
        }
        verified.remember(token, as: identity, until: claims.exp.value)
        return identity
    }
}

/// The claims Magento's JwtUserToken module writes.
struct MagentoTokenClaims: JWTPayload {
    var uid: Int
    var utypid: Int
    var iat: IssuedAtClaim
    var exp: ExpirationClaim

    /// Expiry is checked against the injected clock in `identity(fromToken:)`, not the wall
    /// clock, so tests can move time.
    func verify(using algorithm: some JWTAlgorithm) async throws {}
}
