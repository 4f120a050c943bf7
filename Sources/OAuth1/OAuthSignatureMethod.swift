import Crypto
import Foundation

/// The signature methods Magento accepts for integrations (HMAC-SHA256 documented, SHA1 too).
public enum OAuthSignatureMethod: String, Sendable, CaseIterable {
    case hmacSHA1 = "HMAC-SHA1"
    case hmacSHA256 = "HMAC-SHA256"

    /// The base64 signature of `baseString` under `consumerSecret&tokenSecret` (§3.4.2).
    public func sign(_ baseString: String, consumerSecret: String, tokenSecret: String?) -> String {
        let key = SymmetricKey(data: Data(
            (OAuthPercentEncoding.encode(consumerSecret) + "&" + OAuthPercentEncoding.encode(tokenSecret ?? "")).utf8
        ))
        let message = Data(baseString.utf8)
        switch self {
        case .hmacSHA1:
            return Data(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: key)).base64EncodedString()
        case .hmacSHA256:
            return Data(HMAC<SHA256>.authenticationCode(for: message, using: key)).base64EncodedString()
        }
    }
}
