import CommerceDomain
import MagentoWire

/// What every resolver of one request may read: the store view from the `Store` header, the
/// display currency, and who is calling (the same identity REST authenticates).
public struct GraphQLContext: Sendable {
    public var store: StoreView
    public var stores: StoreDirectory
    public var identity: CallerIdentity
    /// `Content-Currency`, else the store's default display currency.
    public var currency: String
    public var baseURL: String
    public var requestId: String
    /// The day (`YYYY-MM-DD`) by the server's clock: special prices are priced for it.
    public var today: String
    /// Per-request memo for batched loads (see `RequestCache`).
    public let cache = RequestCache()

    public init(
        store: StoreView, stores: StoreDirectory, identity: CallerIdentity, currency: String,
        baseURL: String, requestId: String, today: String = ""
    ) {
        self.today = today
        self.store = store
        self.stores = stores
        self.identity = identity
        self.currency = currency
        self.baseURL = baseURL
        self.requestId = requestId
    }

    /// The signed-in customer's id, or Magento's authorization error for guests and other callers.
    public func requireCustomer() throws -> Int {
        guard case .customer(let id) = identity else { throw GraphQLFault.customerNotAuthorized }
        return id
    }

    /// A store setting as seen from the request's store view.
    public func config(_ path: String) -> String? {
        stores.configValue(path, storeId: store.id)
    }
}
