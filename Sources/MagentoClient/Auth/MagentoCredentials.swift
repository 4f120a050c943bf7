import OAuth1

/// How the client proves who it is.
public enum MagentoCredentials: Sendable {
    /// Guest calls only.
    case none
    /// An admin user: a token is requested from `/V1/integration/admin/token` and obtained again once on a 401.
    case admin(username: String, password: String)
    /// A customer: a token from `/V1/integration/customer/token`, refreshed the same way.
    case customer(username: String, password: String)
    /// An integration access token (or any token) sent as `Authorization: Bearer`.
    case bearer(String)
    /// An integration's OAuth 1.0a consumer and access token: every request is signed.
    case oauth(OAuthCredentials)

    /// Whether a 401 can be cured by asking for a new token.
    var canRefresh: Bool {
        switch self {
        case .admin, .customer: true
        default: false
        }
    }
}

/// The four secrets of an activated Magento integration.
public struct OAuthCredentials: Sendable {
    public var consumerKey: String
    public var consumerSecret: String
    public var accessToken: String
    public var accessTokenSecret: String
    public var signatureMethod: OAuthSignatureMethod

    public init(
        consumerKey: String, consumerSecret: String, accessToken: String, accessTokenSecret: String,
        signatureMethod: OAuthSignatureMethod = .hmacSHA256
    ) {
        self.consumerKey = consumerKey
        self.consumerSecret = consumerSecret
        self.accessToken = accessToken
        self.accessTokenSecret = accessTokenSecret
        self.signatureMethod = signatureMethod
    }

    var signer: OAuthRequestSigner {
        OAuthRequestSigner(
            consumerKey: consumerKey, consumerSecret: consumerSecret, token: accessToken,
            tokenSecret: accessTokenSecret, method: signatureMethod
        )
    }
}
