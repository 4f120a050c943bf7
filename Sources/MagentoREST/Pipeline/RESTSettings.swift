/// Settings the REST layer needs from the server's configuration.
public struct RESTSettings: Sendable, Equatable {
    /// Public base URL ending in `/`, substituted for `{{base_url}}` in store configuration.
    public var baseURL: String
    /// `host:port` for the Swagger document when the request names no host.
    public var host: String
    /// Largest request body accepted, in bytes.
    public var maxBodyBytes: Int

    public init(baseURL: String, host: String, maxBodyBytes: Int = 16 * 1024 * 1024) {
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.host = host
        self.maxBodyBytes = maxBodyBytes
    }
}
