import CommerceDomain
import Foundation
import MagentoWire

/// Wraps the token issuer so a customer token issued at or before the customer's revocation
/// marker reads as a guest, as Magento's RevokedValidator does. A token naming an account that
/// does not exist keeps its identity; the route then answers that the customer does not exist.
///
/// The marker is read from the database on each customer-token request, so a revocation on one
/// node holds on every node at once.
public struct RevocationCheckingTokenIssuer: TokenIssuer {
    let inner: any TokenIssuer
    let customers: any CustomerRepository

    public init(_ inner: any TokenIssuer, customers: any CustomerRepository) {
        self.inner = inner
        self.customers = customers
    }

    public func issue(for identity: CallerIdentity, lifetime: Int) async throws -> String {
        try await inner.issue(for: identity, lifetime: lifetime)
    }

    public func identity(fromToken token: String) async -> CallerIdentity? {
        guard let identity = await inner.identity(fromToken: token) else { return nil }
        guard case .customer(let customerId) = identity else { return identity }
        let revokedAt: Date?
        do {
            revokedAt = try await customers.tokensRevokedAt(customerId: customerId)
        } catch {
            return nil   // when revocation cannot be checked, the token is not trusted
        }
        guard let revokedAt else { return identity }
        guard let issuedAt = Self.issuedAt(token), issuedAt.rounded(.down) > revokedAt.timeIntervalSince1970 else { return nil }
        return identity
    }

    /// The `iat` claim of a token whose signature the inner issuer has already verified.
    static func issuedAt(_ token: String) -> TimeInterval? {
        let parts = token.split(separator: ".")
        guard parts.count == 3 else { return nil }
        var base64 = parts[1].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64),
              case .object(let claims)? = try? JSONValue.parse(Array(data)),
              case .number(let text)? = claims["iat"] else { return nil }
        return Double(text)
    }
}
