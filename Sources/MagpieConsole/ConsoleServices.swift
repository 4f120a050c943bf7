import CommerceDomain
import MagentoREST

/// What the console's pages work with. Most pages act through `api`, the REST pipeline itself,
/// with the signed-in admin's token, so every action passes the same ACL check, rate limit and
/// audit as the REST call it mirrors; the ports cover what REST has no route for.
public struct ConsoleServices: Sendable {
    public var api: MagentoResponder
    /// The endpoint table, for the API explorer and each page's ACL resources.
    public var endpoints: [Endpoint]
    public var bulks: any BulkRepository
    public var bulkRetry: BulkRetryService
    public var stores: any StoreRepository
    public var metrics: MagpieMetrics?
    public var clock: any CommerceClock
    /// The key sessions are signed with; kept in the database so every server process shares it.
    public var sessionKey: String
    /// Sessions ended by signing out, shared by every server process.
    public var signOuts: any ConsoleSignOuts
    /// The ACL resources an admin user is limited to, or nil for `Magento_Backend::all`.
    public var adminResources: @Sendable (_ username: String) async throws -> [String]?

    public init(
        api: MagentoResponder, endpoints: [Endpoint], bulks: any BulkRepository, bulkRetry: BulkRetryService,
        stores: any StoreRepository, metrics: MagpieMetrics?, clock: any CommerceClock, sessionKey: String,
        signOuts: any ConsoleSignOuts, adminResources: @escaping @Sendable (String) async throws -> [String]?
    ) {
        self.api = api
        self.endpoints = endpoints
        self.bulks = bulks
        self.bulkRetry = bulkRetry
        self.stores = stores
        self.metrics = metrics
        self.clock = clock
        self.sessionKey = sessionKey
        self.signOuts = signOuts
        self.adminResources = adminResources
    }
}
