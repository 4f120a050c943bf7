import CommerceDomain
import Foundation
import HTTPTypes
import Hummingbird
import MagentoREST
import MagentoWire
import NIOCore

/// `/graphql` as Magento's front controller answers it: POST JSON or GET query string, the
/// `Store`, `Content-Currency` and `Authorization` headers, `X-Magento-Cache-Id` on every
/// response, CORS preflight. Mounted in the REST responder, so the shared steps run once.
public struct GraphQLEndpoint: MountedProtocol {
    public struct Settings: Sendable {
        public var baseURL: String
        public var maxBodyBytes: Int
        public var cacheIdSalt: String

        public init(baseURL: String, maxBodyBytes: Int = 16 * 1024 * 1024, cacheIdSalt: String) {
            self.baseURL = baseURL
            self.maxBodyBytes = maxBodyBytes
            self.cacheIdSalt = cacheIdSalt
        }
    }

    let engine: GraphQLEngine
    let stores: StoreDirectory
    let settings: Settings
    let cacheIds: CacheIdCalculator
    let labels = OperationLabels()
    /// GET answers of cacheable queries, by request and database write version (nil: no cache).
    let responses: ResponseCache?
    /// The customer's group for the cache id (guests are group 0).
    let customerGroup: @Sendable (Int) async -> Int
    /// Today by the server's clock (`YYYY-MM-DD`): prices depend on it, so cached answers do too.
    let today: @Sendable () -> String

    static let storeHeader = HTTPField.Name("Store")!
    static let currencyHeader = HTTPField.Name("Content-Currency")!
    static let cacheIdHeader = HTTPField.Name("X-Magento-Cache-Id")!
    static let allowOrigin = HTTPField.Name("Access-Control-Allow-Origin")!
    static let allowMethods = HTTPField.Name("Access-Control-Allow-Methods")!
    static let allowHeaders = HTTPField.Name("Access-Control-Allow-Headers")!
    static let maxAge = HTTPField.Name("Access-Control-Max-Age")!
    static let cacheStatusHeader = HTTPField.Name("X-Magpie-Cache")!

    public init(
        engine: GraphQLEngine, stores: StoreDirectory, settings: Settings,
        customerGroup: @escaping @Sendable (Int) async -> Int = { _ in 1 },
        writeVersion: (@Sendable () async -> Int64?)? = nil,
        today: @escaping @Sendable () -> String = { "" }
    ) {
        self.today = today
        self.responses = writeVersion.map { ResponseCache(version: $0) }
        self.engine = engine
        self.stores = stores
        self.settings = settings
        self.cacheIds = CacheIdCalculator(salt: settings.cacheIdSalt)
        self.customerGroup = customerGroup
    }

    public func dropCaches() {
        responses?.drop()
    }

    public func claims(path: String) -> Bool {
        path == "/graphql" || path == "/graphql/"
    }

    public func reply(to request: Request, caller: Caller, requestId: String, context: MagpieRequestContext) async -> JSONReply {
        if request.method == .options { return preflight() }
        let store: StoreView
        let currency: String
        do {
            store = try resolveStore(request.headers[Self.storeHeader])
            currency = try resolveCurrency(request.headers[Self.currencyHeader], store: store)
        } catch let fault as GraphQLFault {
            return await finish(status: .ok, body: GraphQLErrorEntry.body([GraphQLErrorEntry(message: fault.message, category: fault.category)]),
                                route: "GraphQL", store: stores.defaultView, currency: nil, caller: caller)
        } catch {
            return await finish(status: .ok, body: GraphQLErrorEntry.body([]), route: "GraphQL", store: stores.defaultView, currency: nil, caller: caller)
        }
        let body: GraphQLRequestBody
        switch await readRequest(request) {
        case .success(let read): body = read
        case .failure(let refusal):
            return await finish(status: refusal.status, body: GraphQLErrorEntry.body([refusal.entry]), route: "GraphQL",
                                store: store, currency: currency, caller: caller)
        }
        if request.method == .get, engine.operationType(query: body.query, operationName: body.operationName) == "mutation" {
            let entry = GraphQLErrorEntry(message: "Mutation requests allowed only for POST requests", category: .input)
            return await finish(status: .ok, body: GraphQLErrorEntry.body([entry]), route: "GraphQL", store: store, currency: currency, caller: caller)
        }
        var cacheKey: String?
        if request.method == .get, responses != nil {
            let factors = await cacheFactors(caller)
            cacheKey = "\(store.code)|\(currency)|\(factors)|\(today())|\(request.uri.query ?? "")"
        }
        var version: Int64?
        var leads = false
        if let responses, let cacheKey, let current = await responses.version() {
            version = current
            switch await responses.begin(cacheKey, version: current) {
            case .hit(let hit):
                var reply = await finish(status: HTTPResponse.Status(code: hit.status), bytes: hit.bytes, route: "GraphQL cached",
                                         store: store, currency: currency, caller: caller)
                reply.extraHeaders.append((Self.cacheStatusHeader, "HIT"))
                return reply
            case .compute(let leading):
                leads = leading
            }
        }
        let graphQLContext = GraphQLContext(
            store: store, stores: stores, identity: caller.identity, currency: currency,
            baseURL: settings.baseURL, requestId: requestId, today: today()
        )
        let outcome = await engine.execute(
            query: body.query, variables: body.variables, operationName: body.operationName, context: graphQLContext
        )
        // Only operations that validated get their own label.
        let route = outcome.rootFields.isEmpty ? "GraphQL invalid" : labels.label(for: outcome.operationName)
        let bytes = outcome.body.serialized()
        if leads, let responses, let cacheKey, let version {
            let keeps = outcome.status == 200 && outcome.body["errors"] == nil && ResponseCache.isCacheable(rootFields: outcome.rootFields)
            responses.finish(cacheKey, version: version, entry: keeps ? ResponseCache.Entry(status: outcome.status, bytes: bytes) : nil)
        }
        return await finish(status: HTTPResponse.Status(code: outcome.status), bytes: bytes, route: route,
                            store: store, currency: currency, caller: caller)
    }

    /// What besides store and currency an answer may depend on: signed in or not, and the group.
    func cacheFactors(_ caller: Caller) async -> String {
        guard case .customer(let id) = caller.identity else { return "guest" }
        return "customer-group-\(await customerGroup(id))"
    }

    struct Refusal: Error {
        var status: HTTPResponse.Status
        var entry: GraphQLErrorEntry
    }

    func readRequest(_ request: Request) async -> Result<GraphQLRequestBody, Refusal> {
        switch request.method {
        case .get:
            do { return .success(try GraphQLRequestBody.get(request.uri.query ?? "")) } catch let unreadable as GraphQLRequestBody.Unreadable {
                return .failure(Refusal(status: .ok, entry: GraphQLErrorEntry(message: unreadable.message, category: .graphql)))
            } catch {
                return .failure(Refusal(status: .ok, entry: GraphQLErrorEntry(message: "Unable to parse the variables.", category: .graphql)))
            }
        case .post:
            guard request.headers[.contentType]?.lowercased().contains("application/json") == true else {
                return .failure(Refusal(
                    status: .unsupportedMediaType,
                    entry: GraphQLErrorEntry(message: "Request content type must be application/json", category: .graphql)
                ))
            }
            let buffer: ByteBuffer
            do {
                buffer = try await request.body.collect(upTo: settings.maxBodyBytes)
            } catch {
                return .failure(Refusal(status: .badRequest, entry: GraphQLErrorEntry(message: "Request body is too large.", category: .graphql)))
            }
            do { return .success(try GraphQLRequestBody.post(Array(buffer.readableBytesView))) } catch {
                return .failure(Refusal(status: .badRequest, entry: GraphQLErrorEntry(message: "Unable to parse the request.", category: .graphql)))
            }
        default:
            return .failure(Refusal(
                status: .methodNotAllowed, entry: GraphQLErrorEntry(message: "Request method is not allowed", category: .graphql)
            ))
        }
    }

    /// `Store: <code>`: absent or empty means the default view; unknown or disabled is refused.
    func resolveStore(_ header: String?) throws -> StoreView {
        guard let code = header?.trimmingCharacters(in: .whitespaces), !code.isEmpty else { return stores.defaultView }
        if let view = stores.view(code: code), view.id != 0, view.isActive == 1 { return view }
        if code == "default" { return stores.defaultView }
        throw GraphQLFault.input("Requested store is not found")
    }

    /// `Content-Currency`: one of the store's allowed currencies, else Magento's refusal.
    func resolveCurrency(_ header: String?, store: StoreView) throws -> String {
        let info = stores.currencyInformation(storeId: store.id)
        guard let code = header?.trimmingCharacters(in: .whitespaces), !code.isEmpty else { return info.displayCode }
        guard info.availableCodes.contains(code.uppercased()) else { throw GraphQLFault.input("Please correct the target currency") }
        return code.uppercased()
    }

    func finish(
        status: HTTPResponse.Status, body: JSONValue, route: String, store: StoreView, currency: String?, caller: Caller
    ) async -> JSONReply {
        await finish(status: status, bytes: body.serialized(), route: route, store: store, currency: currency, caller: caller)
    }

    func finish(
        status: HTTPResponse.Status, bytes: [UInt8], route: String, store: StoreView, currency: String?, caller: Caller
    ) async -> JSONReply {
        var group = 0
        var isCustomer = false
        if case .customer(let id) = caller.identity {
            isCustomer = true
            group = await customerGroup(id)
        }
        let cacheId = cacheIds.cacheId(
            storeCode: store.code, currency: currency ?? stores.currencyInformation(storeId: store.id).displayCode,
            customerGroup: group, taxRate: "0", isLoggedIn: isCustomer
        )
        return JSONReply(
            status: status, bytes: bytes,
            extraHeaders: [(Self.cacheIdHeader, cacheId), (Self.allowOrigin, "*")],
            route: route, contentType: "application/json"
        )
    }

    func preflight() -> JSONReply {
        JSONReply(
            status: .noContent, bytes: [],
            extraHeaders: [
                (Self.allowOrigin, "*"),
                (Self.allowMethods, "GET, POST, OPTIONS"),
                (Self.allowHeaders, "Content-Type, Authorization, Store, Content-Currency, X-Magento-Cache-Id, X-Requested-With"),
                (Self.maxAge, "86400"),
            ],
            route: "GraphQL OPTIONS"
        )
    }
}
