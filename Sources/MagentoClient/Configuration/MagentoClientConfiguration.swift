/// Where and how a ``MagentoClient`` talks to a store.
public struct MagentoClientConfiguration: Sendable {
    /// The store's base URL, `https://shop.example.com` or `http://127.0.0.1:8080` (`/rest` is added).
    public var baseURL: String
    /// The store code put in `/rest/<code>/V1`: `default`, `all`, a store view code, or nil for `/rest/V1`.
    public var storeCode: String?
    public var credentials: MagentoCredentials
    /// The longest one attempt may take, connection included.
    public var requestTimeout: Duration
    public var retry: RetryPolicy
    /// Largest page the pagers ask for (Magento caps pages at 300 when input limits are on).
    public var maximumPageSize: Int
    public var userAgent: String

    public init(
        baseURL: String, storeCode: String? = nil, credentials: MagentoCredentials = .none,
        requestTimeout: Duration = .seconds(30), retry: RetryPolicy = RetryPolicy(),
        maximumPageSize: Int = 300, userAgent: String = "MagentoClient-Swift/1"
    ) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.storeCode = storeCode
        self.credentials = credentials
        self.requestTimeout = requestTimeout
        self.retry = retry
        self.maximumPageSize = maximumPageSize
        self.userAgent = userAgent
    }
}
