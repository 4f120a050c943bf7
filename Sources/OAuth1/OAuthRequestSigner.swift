/// Signs and verifies OAuth 1.0a requests; shared by the server (integrations) and the SDK.
public struct OAuthRequestSigner: Sendable {
    public var consumerKey: String
    public var consumerSecret: String
    public var token: String?
    public var tokenSecret: String?
    public var method: OAuthSignatureMethod

    public init(
        consumerKey: String, consumerSecret: String, token: String? = nil, tokenSecret: String? = nil,
        method: OAuthSignatureMethod = .hmacSHA256
    ) {
        self.consumerKey = consumerKey
        self.consumerSecret = consumerSecret
        self.token = token
        self.tokenSecret = tokenSecret
        self.method = method
    }

    /// The `Authorization` header value for a request; nil when the URL cannot be parsed.
    public func authorization(
        httpMethod: String, url: String, timestamp: String, nonce: String, formParameters: [(String, String)] = []
    ) -> String? {
        var parameters = [
            ("oauth_consumer_key", consumerKey), ("oauth_nonce", nonce), ("oauth_signature_method", method.rawValue),
            ("oauth_timestamp", timestamp), ("oauth_version", "1.0"),
        ]
        if let token { parameters.append(("oauth_token", token)) }
        guard let base = OAuthSignatureBase.make(
            method: httpMethod, url: url, protocolParameters: parameters, formParameters: formParameters
        ) else { return nil }
        parameters.append(("oauth_signature", method.sign(base, consumerSecret: consumerSecret, tokenSecret: tokenSecret)))
        return OAuthAuthorizationHeader.render(parameters)
    }

    /// Whether `parameters` (from the Authorization header) carry a valid signature for this
    /// request under the given secrets. Compared in constant time.
    public static func verify(
        httpMethod: String, url: String, parameters: [(String, String)], formParameters: [(String, String)] = [],
        consumerSecret: String, tokenSecret: String?
    ) -> Bool {
        guard let sent = parameters.first(where: { $0.0 == "oauth_signature" })?.1,
              let name = parameters.first(where: { $0.0 == "oauth_signature_method" })?.1,
              let method = OAuthSignatureMethod(rawValue: name) else { return false }
        let signed = parameters.filter { $0.0 != "oauth_signature" && $0.0 != "realm" }
        guard let base = OAuthSignatureBase.make(
            method: httpMethod, url: url, protocolParameters: signed, formParameters: formParameters
        ) else { return false }
        return constantTimeEqual(method.sign(base, consumerSecret: consumerSecret, tokenSecret: tokenSecret), sent)
    }

    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8), b = Array(rhs.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
