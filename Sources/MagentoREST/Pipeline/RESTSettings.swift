/// Settings the REST layer needs from the server's configuration.
public struct RESTSettings: Sendable, Equatable {
    /// Public base URL ending in `/`, substituted for `{{base_url}}` in store configuration.
    public var baseURL: String
    /// `host:port` for the Swagger document when the request names no host.
    public var host: String
    /// Largest request body accepted, in bytes.
    public var maxBodyBytes: Int
    /// Accept integration access tokens as plain bearer tokens (Magento's
    /// `oauth/consumer/enable_integration_as_bearer`: off by default there since 2.4.4, on here).
    public var integrationTokensAsBearer: Bool
    /// Refuse `secure` routes over plain HTTP (`X-Forwarded-Proto: https` from a TLS proxy counts).
    public var enforceSecureRoutes = false
    /// A body larger than this (bytes) is "large" (`MAGPIE_LARGE_BODY_BYTES`, default 1 MiB) ...
    public var largeBodyBytes = 1024 * 1024
    /// ... and at most this many large requests are handled at once (`MAGPIE_LARGE_BODY_CONCURRENCY`, default 2).
    public var concurrentLargeBodies = 2

    public init(baseURL: String, host: String, maxBodyBytes: Int = 16 * 1024 * 1024, integrationTokensAsBearer: Bool = true) {
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.host = host
        self.maxBodyBytes = maxBodyBytes
        self.integrationTokensAsBearer = integrationTokensAsBearer
    }
}
