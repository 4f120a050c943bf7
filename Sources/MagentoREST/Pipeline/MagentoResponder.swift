import CommerceDomain
import Foundation
import HTTPTypes
import Hummingbird
import MagentoWire

/// The whole Magento REST pipeline as one Hummingbird responder.
///
/// Magento's store code and `async` prefixes decide which routes can match at all, and its
/// route matching (literal beats placeholder, method mismatch is 404 not 405) differs from a
/// general-purpose router, so routing is done here from the endpoint table.
public struct MagentoResponder: HTTPResponder {
    public typealias Context = MagpieRequestContext
    static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!

    let routes: RouteTable
    let asyncRoutes: AsyncRouteTables
    let scheduler: AsyncScheduler
    let stores: StoreDirectory
    let tokens: any TokenIssuer
    let settings: RESTSettings
    let idempotency: (any IdempotencyStore)?
    let audit: AuditBuffer?
    let metrics: MagpieMetrics?
    let integrations: IntegrationAuthenticator?
    let health: (any HealthProbe)?
    /// Product images, served at `/media/catalog/product/…`.
    let media: (any MediaStorage)?
    let rateLimiter: RateLimiter?
    let faults: FaultInjector?
    let clock: any CommerceClock
    /// Held shared by every request, exclusively by a snapshot restore (nil: no restores).
    let gate: StateGate?
    /// Other protocols served through this pipeline (GraphQL at `/graphql`).
    let mounted: [any MountedProtocol]
    /// `/soap`: the endpoint table again, as Magento's SOAP services.
    let soap: SOAPGateway
    let errors = ErrorRenderer()
    let largeBodies: LargeBodyGate
    let requestIds = RequestIdentifiers()

    public init(
        endpoints: [Endpoint], stores: StoreDirectory, tokens: any TokenIssuer, bulks: any BulkRepository,
        idempotency: (any IdempotencyStore)? = nil, audit: AuditBuffer? = nil, metrics: MagpieMetrics? = nil,
        integrations: (any IntegrationRepository)? = nil,
        health: (any HealthProbe)? = nil,
        media: (any MediaStorage)? = nil,
        rateLimits: RateLimiter.Settings? = nil,
        faults: FaultInjector? = nil,
        mounted: [any MountedProtocol] = [],
        clock: any CommerceClock = SystemClock(), gate: StateGate? = nil, settings: RESTSettings
    ) {
        self.gate = gate
        self.mounted = mounted
        self.routes = RouteTable(endpoints)
        self.soap = SOAPGateway(endpoints)
        self.asyncRoutes = AsyncRouteTables(endpoints)
        self.scheduler = AsyncScheduler(bulks: bulks)
        self.stores = stores
        self.tokens = tokens
        self.idempotency = idempotency
        self.audit = audit
        self.metrics = metrics
        self.integrations = integrations.map {
            IntegrationAuthenticator(integrations: $0, clock: clock, acceptsBearer: settings.integrationTokensAsBearer)
        }
        self.health = health
        self.media = media
        self.rateLimiter = rateLimits.flatMap { $0.enabled ? RateLimiter(settings: $0) : nil }
        self.faults = faults
        self.clock = clock
        self.settings = settings
        self.largeBodies = LargeBodyGate(threshold: settings.largeBodyBytes, limit: settings.concurrentLargeBodies)
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        let requestId = request.headers[ResponseWriter.requestIdField] ?? requestIds.next()
        let started = ContinuousClock.now
        if let faults, let injected = await injectFault(faults, request: request, context: context, requestId: requestId) {
            return injected
        }
        let isAPI = request.uri.path.hasPrefix("/rest") || request.uri.path.hasPrefix("/index.php/rest")
            || SOAPGateway.claims(path: request.uri.path) || mounted.contains { $0.claims(path: request.uri.path) }
        let touched = AuditEntities()
        let (caller, reply) = await holdingState(request) {
            let caller = await authenticate(request)
            let reply = await largeBodies.run(request) {
                await AuditEntities.$current.withValue(touched) {
                    await answer(request, context: context, requestId: requestId, caller: caller, isAPI: isAPI)
                }
            }
            return (caller, reply)
        }
        let elapsed = ContinuousClock.now - started
        if let metrics {
            metrics.request(route: reply.route ?? routeLabel(request) ?? "unmatched", status: reply.status.code, duration: elapsed)
        }
        if let audit, isAPI {
            audit.add(AuditRecord(
                createdAt: MagentoTimestamp.string(from: clock.now()), requestId: requestId,
                userType: caller.identity.userType.rawValue, userId: caller.identity.userId,
                method: request.method.rawValue, path: request.uri.path, status: reply.status.code,
                durationMs: Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000,
                entityIds: touched.joined
            ))
        }
        return ResponseWriter.response(reply, requestId: requestId)
    }

    /// Rate limit (API paths only: `/health` and `/metrics` stay reachable), idempotency, the
    /// pipeline, then the headers every answer carries.
    func answer(_ request: Request, context: Context, requestId: String, caller: Caller, isAPI: Bool) async -> JSONReply {
        var decision: RateLimiter.Decision?
        var loginBucket: (key: String, limit: RateLimiter.Limit)?
        if let rateLimiter, isAPI {
            let identity = caller.identity
            // The two-factor provider routes check passwords, codes and tfats: failures there
            // drain the same per-address bucket, so a six-digit code cannot be guessed at speed.
            let isLogin = request.uri.path.hasSuffix("/token") || request.uri.path.hasSuffix("/token/")
                || request.uri.path.contains("/V1/tfa/provider/")
            let address = RateLimitKeys.clientAddress(
                peer: context.remoteAddress, forwardedFor: request.headers[values: RateLimitKeys.forwardedForField],
                trusted: rateLimiter.settings.trustedProxies
            )
            let key = RateLimitKeys.key(for: identity, address: address, isLogin: isLogin)
            let limit = rateLimiter.limit(for: identity, isLogin: isLogin)
            // A token request only looks at its bucket here; a failed one takes from it below.
            let taken = rateLimiter.take(key: key, limit: limit, now: clock.now(), consume: !isLogin)
            guard taken.allowed else {
                metrics?.rateLimited(role: isLogin ? "login" : "\(identity.userType)")
                return RateLimitKeys.tooManyRequests(taken)
            }
            decision = taken
            if isLogin { loginBucket = (key, limit) }
            // A route group with its own limit: a second bucket, and the headers report the tighter one.
            if let group = RateLimiter.group(ofPath: request.uri.path), let limit = rateLimiter.settings.groups[group] {
                let grouped = rateLimiter.take(key: key + "|" + group, limit: limit, now: clock.now())
                guard grouped.allowed else {
                    metrics?.rateLimited(role: "group:\(group)")
                    return RateLimitKeys.tooManyRequests(grouped)
                }
                if grouped.remaining < taken.remaining { decision = grouped }
            }
        }
        var reply: JSONReply
        if let idempotency, let key = request.headers[IdempotencyGate.headerField], !key.isEmpty,
           [.post, .put, .delete].contains(request.method) {
            reply = await IdempotencyGate(store: idempotency, clock: clock).reply(
                to: request, key: key, identity: caller.identity
            ) { request in await self.reply(to: request, context: context, requestId: requestId, caller: caller) }
        } else {
            reply = await self.reply(to: request, context: context, requestId: requestId, caller: caller)
        }
        if let rateLimiter, let loginBucket, !(200..<300).contains(reply.status.code) {
            decision = rateLimiter.take(key: loginBucket.key, limit: loginBucket.limit, now: clock.now())
        }
        if let decision { reply.extraHeaders += RateLimitKeys.headers(decision) }
        if request.method == .get, reply.status == .ok {
            let tag = EntityTag.tag(for: reply.bytes)
            reply.extraHeaders.append((.eTag, tag))
            if let modified = EntityTag.lastModified(reply.bytes) { reply.extraHeaders.append((.lastModified, modified)) }
            if EntityTag.matches(request.headers[EntityTag.ifNoneMatch], tag: tag) {
                reply.status = .notModified
                reply.bytes = []
            }
        }
        return reply
    }

    /// The pipeline's answer, errors rendered into Magento's bodies.
    func reply(to request: Request, context: Context, requestId: String, caller: Caller) async -> JSONReply {
        do {
            return try await handle(request, context: context, requestId: requestId, caller: caller)
        } catch {
            return ResponseWriter.errorReply(errors.render(error, logger: context.logger))
        }
    }

    func handle(_ request: Request, context: Context, requestId: String, caller: Caller) async throws -> JSONReply {
        if let protocolHandler = mounted.first(where: { $0.claims(path: request.uri.path) }) {
            return await protocolHandler.reply(to: request, caller: caller, requestId: requestId, context: context)
        }
        if SOAPGateway.claims(path: request.uri.path) {
            return await soapReply(request, caller: caller, requestId: requestId, context: context)
        }
        guard [.get, .post, .put, .delete].contains(request.method) else { throw MagentoHTTPError.invalidMethod }
        let outcome = RequestPath.parse(Substring(request.uri.path)) { code in
            code != "admin" && stores.view(code: code) != nil
        }
        let path: RequestPath
        switch outcome {
        case .notREST:
            if request.method == .get, request.uri.path == "/health" { return await healthReply() }
            if let step = OAuthTokenExchange.step(forPath: request.uri.path), let integrations {
                let body = (try? await request.body.collect(upTo: 64 * 1024)) ?? ByteBuffer()
                let exchange = OAuthTokenExchange(integrations: integrations.integrations, clock: clock)
                return await exchange.reply(step, request: request, url: publicURL(of: request), body: body)
            }
            if request.method == .get, let media, request.uri.path.hasPrefix(MediaFiles.prefix) {
                return try await MediaFiles.reply(path: request.uri.path, media: media)
            }
            if request.method == .get, request.uri.path == "/metrics", let metrics { return await metricsReply(metrics) }
            throw MagentoHTTPError.noRoute
        case .unclaimed: throw MagentoHTTPError.cannotProcess
        case .rest(let parsed): path = parsed
        }
        let identity = caller.identity
        let (store, isAll) = resolve(path.store)
        switch path.mode {
        case .schema:
            return try schemaResponse(request, store: store, caller: caller)
        case .async, .bulk:
            return try await scheduleResponse(request, path: path, caller: caller)
        case .synchronous:
            break
        }
        guard let match = routes.match(method: request.method, path: path.segments) else {
            throw MagentoHTTPError.noRoute
        }
        try AccessControl.check(match.endpoint.access, caller: caller)
        if match.endpoint.secure, settings.enforceSecureRoutes,
           request.headers[Self.forwardedProto]?.lowercased() != "https", request.uri.scheme != .https {
            throw MagentoHTTPError(.badRequest, "Operation allowed only in HTTPS")
        }
        try AcceptNegotiation.requireJSON(request.headers[.accept])
        if let expected = request.headers[EntityTag.ifMatch], request.method == .put || request.method == .delete {
            try await checkPrecondition(expected, path: path.segments, caller: caller, store: store, isAll: isAll, requestId: requestId)
        }
        let body = try await readBody(request, check: match.endpoint.rawBodyCheck)
        try ScriptTagCheck.validate(body)
        let query = PHPQuery.parse(request.uri.query ?? "")
        var value = try await run(
            match.endpoint, identity: identity, store: store, isAll: isAll, pathParameters: match.pathParameters,
            query: query, body: body, requestId: requestId, namesView: Self.namesView(path.store)
        )
        if let contentType = match.endpoint.rawContentType, case .string(let text) = value {
            var reply = JSONReply(status: .ok, bytes: Array(text.utf8), route: "\(request.method.rawValue) \(match.endpoint.path)")
            reply.contentType = contentType
            return reply
        }
        if request.method != .delete, let fields = query["fields"]?.stringValue, !fields.isEmpty {
            value = Self.applyFields(fields, to: value)
        }
        return JSONReply(status: .ok, bytes: value.serialized(), route: "\(request.method.rawValue) \(match.endpoint.path)")
    }

    /// Binds the arguments and runs the handler: the one execution path shared by synchronous
    /// calls and queued asynchronous operations.
    func run(
        _ endpoint: Endpoint, identity: CallerIdentity, store: StoreView, isAll: Bool,
        pathParameters: [String: String], query: JSONObject, body: JSONValue?, requestId: String, namesView: Bool = false
    ) async throws -> JSONValue {
        let call = EndpointCall(
            identity: identity, store: store, isAllStores: isAll, namesStoreView: namesView, pathParameters: pathParameters,
            query: query,
            parameters: ParameterMerge.merge(
                body: body, path: pathParameters, query: query, forced: endpoint.forced, identity: identity
            ),
            requestId: requestId, baseURL: settings.baseURL, stores: stores
        )
        return try await endpoint.handler(call).encode(MagentoEncoder())
    }

    /// `If-Match` on PUT and DELETE: the write goes ahead only while the resource still has the
    /// tag the client read (412 otherwise), so two clients cannot overwrite each other unseen.
    func checkPrecondition(
        _ expected: String, path: [String], caller: Caller, store: StoreView, isAll: Bool, requestId: String
    ) async throws {
        guard let read = routes.match(method: .get, path: path) else { return }
        let current: JSONValue
        do {
            current = try await run(
                read.endpoint, identity: caller.identity, store: store, isAll: isAll, pathParameters: read.pathParameters,
                query: JSONObject(), body: nil, requestId: requestId
            )
        } catch {
            throw MagentoHTTPError(.preconditionFailed, "The resource does not match the If-Match precondition.")
        }
        guard EntityTag.matches(expected, tag: EntityTag.tag(for: current.serialized())) else {
            throw MagentoHTTPError(.preconditionFailed, "The resource does not match the If-Match precondition.")
        }
    }

    /// The route template a request addressed, for answers that failed before a handler ran.
    func routeLabel(_ request: Request) -> String? {
        guard case .rest(let path) = RequestPath.parse(Substring(request.uri.path), isStoreCode: { stores.view(code: $0) != nil }) else {
            return nil
        }
        let method = request.method.rawValue
        switch path.mode {
        case .synchronous:
            return routes.match(method: request.method, path: path.segments).map { "\(method) \($0.endpoint.path)" }
        case .async:
            return asyncRoutes.async.match(method: request.method, path: path.segments).map { "\(method) async \($0.endpoint.path)" }
        case .bulk:
            return asyncRoutes.bulk.match(method: request.method, path: path.segments).map { "\(method) async/bulk \($0.endpoint.path)" }
        case .schema:
            return "GET schema"
        }
    }

    /// `GET /metrics`: Prometheus text, with the queue depth read at scrape time.
    func metricsReply(_ metrics: MagpieMetrics) async -> JSONReply {
        if let open = try? await scheduler.bulks.countOpenOperations() { metrics.openOperations(open) }
        return JSONReply(status: .ok, bytes: metrics.exposition(), route: "GET /metrics", contentType: "text/plain; version=0.0.4")
    }

    /// `GET /health`: 200 `{"status":"ok","database":"ok"}` while the database answers, else 503.
    func healthReply() async -> JSONReply {
        let databaseUp = await health?.isHealthy() ?? true
        let body = databaseUp ? #"{"status":"ok","database":"ok"}"# : #"{"status":"unavailable","database":"down"}"#
        return JSONReply(status: databaseUp ? .ok : .serviceUnavailable, bytes: Array(body.utf8))
    }

    /// `fields=`: filters objects and lists; scalars pass; malformed syntax gives `[]` (not an error).
    static func applyFields(_ fields: String, to value: JSONValue) -> JSONValue {
        switch value {
        case .object, .array:
            guard let filter = FieldsFilter.parse(fields) else { return .array([]) }
            return filter.apply(to: value)
        default:
            return value
        }
    }

    /// Who is calling: a JWT (admin, customer), an integration's access token as a bearer token,
    /// or an OAuth 1.0a signature. Runs once per request (an OAuth nonce is spent when checked).
    func authenticate(_ request: Request) async -> Caller {
        let header = request.headers[.authorization]
        if let token = BearerToken.parse(header) {
            if let faults, faults.isRevoked(token: token) { return .guest }
            if let identity = await tokens.identity(fromToken: token) { return Caller(identity: identity, integration: nil) }
            if let integration = await integrations?.bearer(token) {
                return Caller(identity: .integration(integrationId: integration.id), integration: integration)
            }
            return .guest
        }
        if let header, header.lowercased().hasPrefix("oauth "), let integrations {
            if let integration = await integrations.oauth(header: header, method: request.method.rawValue, url: publicURL(of: request)) {
                return Caller(identity: .integration(integrationId: integration.id), integration: integration)
            }
        }
        return .guest
    }


    /// The URL a client signed: the scheme is the public one (TLS may end at a proxy).
    func publicURL(of request: Request) -> String {
        let scheme = settings.baseURL.hasPrefix("https") ? "https" : "http"
        return "\(scheme)://\(request.head.authority ?? settings.host)\(request.uri.description)"
    }

    func resolve(_ store: RequestPath.Store) -> (StoreView, Bool) {
        switch store {
        case .implicitDefault: (stores.defaultView, false)
        case .view(let code): (stores.view(code: code) ?? stores.defaultView, false)
        case .all: (stores.view(id: 0) ?? stores.defaultView, true)
        }
    }

    /// True when the URL names a store view (`/rest/fr/…`): catalog writes then set that view's values.
    static func namesView(_ store: RequestPath.Store) -> Bool {
        if case .view = store { return true }
        return false
    }

    /// Bodies are read for POST and PUT (and DELETE in bulk), as Magento does.
    func readBody(
        _ request: Request, includingDelete: Bool = false,
        check: (@Sendable ([UInt8], HTTPFields) throws -> Void)? = nil
    ) async throws -> JSONValue? {
        guard request.method == .post || request.method == .put || (includingDelete && request.method == .delete) else {
            return nil
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.readWholeBody(upTo: settings.maxBodyBytes)
        } catch {
            throw MagentoHTTPError(.contentTooLarge, "The request body is larger than %1 bytes.", parameters: .positional([String(settings.maxBodyBytes)]))
        }
        if let check { try check(Array(buffer.readableBytesView), request.headers) }
        guard buffer.readableBytes > 0 else { return nil }
        try ContentTypeCheck.validate(request.headers[.contentType])
        do {
            return try buffer.withUnsafeReadableBytes { try JSONValue.parse($0) }
        } catch {
            throw MagentoHTTPError.decodingError
        }
    }

    func schemaResponse(_ request: Request, store: StoreView, caller: Caller) throws -> JSONReply {
        guard request.method == .get else { throw MagentoHTTPError.noRoute }
        let query = PHPQuery.parse(request.uri.query ?? "")
        let services = try SwaggerDocument.services(from: query["services"]?.stringValue)
        let visible = routes.endpoints.filter { endpoint in
            AccessControl.allows(endpoint.access, caller: caller)
                && (services == nil || services!.contains(endpoint.service))
        }
        let document = SwaggerDocument(
            endpoints: visible, basePath: "/rest/\(store.id == 0 ? "all" : store.code)",
            host: request.head.authority ?? settings.host
        )
        return JSONReply(status: .ok, bytes: document.json.serialized())
    }
}
