import CommerceDomain
import Crypto

/// `X-Magento-Cache-Id`: SHA-256 over the request's cache-relevant context, computed as
/// Magento's `CacheIdCalculator` does: factor values ordered by factor name (CURRENCY,
/// CUSTOMER_GROUP, CUSTOMER_TAX_RATE, IS_LOGGED_IN, STORE), joined with `|`, upper-cased,
/// then `|` and a per-installation salt.
public struct CacheIdCalculator: Sendable {
    let salt: String

    public init(salt: String) {
        self.salt = salt
    }

    public func cacheId(storeCode: String, currency: String, customerGroup: Int, taxRate: String, isLoggedIn: Bool) -> String {
        let factors = [currency, String(customerGroup), taxRate, isLoggedIn ? "true" : "false", storeCode]
        let text = factors.joined(separator: "|").uppercased() + "|" + salt
        return SHA256.hash(data: Array(text.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}
