import Foundation
import MagentoWire

/// A client for any Magento 2.4–compatible REST API (Magento itself or Magpie).
///
/// Retries transient failures with backoff, refreshes an admin or customer token once on a 401,
/// and puts an `Idempotency-Key` on writes so a retried write is applied once by servers that
/// honour it. Typed calls live in extensions: ``products``, ``categories``, ``attributes``,
/// ``stock``, ``sourceItems``, ``bulk``.
public struct MagentoClient: Sendable {
    public let configuration: MagentoClientConfiguration
    let transport: any MagentoTransport
    let session = TokenSession()
    let counters = ClientCounters()
    /// Jitter source in `0..<1`; replaceable so tests can pin it.
    public var random: @Sendable () -> Double = { Double.random(in: 0..<1) }

    public init(_ configuration: MagentoClientConfiguration, transport: any MagentoTransport = AsyncHTTPTransport()) {
        self.configuration = configuration
        self.transport = transport
    }

    /// Requests sent, retries made and tokens obtained so far by this client.
    public var statistics: ClientStatistics { counters.snapshot() }

    /// Sends a typed request and decodes its answer.
    public func send<Response>(_ request: MagentoRequest<Response>) async throws -> Response {
        try await send(request, withIdempotencyKey: true)
    }

    func send<Response>(_ request: MagentoRequest<Response>, withIdempotencyKey: Bool) async throws -> Response {
        let response = try await perform(request, withIdempotencyKey: withIdempotencyKey)
        return try request.decode(response.body)
    }

    /// The full URL of a request under this configuration.
    public func url<Response>(for request: MagentoRequest<Response>) -> String {
        var url = configuration.baseURL + "/rest"
        if let code = request.storeCode ?? configuration.storeCode { url += "/" + URLEncoding.component(code) }
        switch request.mode {
        case .synchronous: break
        case .async: url += "/async"
        case .bulk: url += "/async/bulk"
        }
        url += request.path
        if !request.query.isEmpty { url += "?" + QueryItem.queryString(request.query) }
        return url
    }

    /// Why a 401 ends the call: a fixed token that worked before has most likely expired.
    private func unauthorizedReason(refreshed: Bool) -> MagentoClientError.UnauthorizedReason {
        if refreshed { return .refusedAfterRefresh }
        switch configuration.credentials {
        case .bearer, .oauth: return .tokenRefused(acceptedEarlier: counters.credentialsAccepted)
        default: return .refused
        }
    }

    private func perform<Response>(_ request: MagentoRequest<Response>, withIdempotencyKey: Bool) async throws -> TransportResponse {
        let url = url(for: request)
        var headers: [(name: String, value: String)] = [("Accept", "application/json"), ("User-Agent", configuration.userAgent)]
        if request.body != nil { headers.append(("Content-Type", "application/json")) }
        // One key for every attempt: the server replays the first answer instead of applying twice.
        if request.method.isWrite, withIdempotencyKey,
           let key = request.idempotencyKey ?? (configuration.retry.maximumAttempts > 1 ? UUID().uuidString : nil) {
            headers.append(("Idempotency-Key", key))
        }
        var attempt = 0
        var refreshed = false
        while true {
            attempt += 1
            var attemptHeaders = headers
            var usedToken: String?
            if request.authenticated {
                let auth = try await authorization(for: request.method, url: url)
                usedToken = auth.token
                if let header = auth.header { attemptHeaders.append(("Authorization", header)) }
            }
            counters.add(requests: 1)
            var failure: MagentoClientError
            var retryAfter: Duration?
            do {
                let response = try await transport.send(
                    TransportRequest(method: request.method, url: url, headers: attemptHeaders, body: request.body),
                    timeout: configuration.requestTimeout
                )
                if (200..<300).contains(response.status) {
                    if request.authenticated { counters.markCredentialsAccepted() }
                    return response
                }
                let body = try? JSONDecoder().decode(ErrorBody.self, from: Data(response.body))
                // A 401 to a token request is a refused sign-in: `.unauthorized` like any other refusal.
                if response.status == 401 {
                    if request.authenticated, configuration.credentials.canRefresh, !refreshed {
                        refreshed = true
                        attempt -= 1
                        // Concurrent 401s for one stale token make one new login, counted once.
                        if await session.invalidate(usedToken) { counters.add(refreshes: 1) }
                        continue
                    }
                    let reason = request.authenticated ? unauthorizedReason(refreshed: refreshed) : .refused
                    var error = MagentoClientError.unauthorized(body: body, reason: reason)
                    error.attempts = attempt
                    throw error
                }
                failure = .http(status: response.status, body: body, raw: String(decoding: response.body.prefix(500), as: UTF8.self))
                retryAfter = RetryAfter.parse(response.header("Retry-After"))
            } catch let error as MagentoClientError where error.code == .connection || error.code == .timeout {
                failure = error
            }
            guard let delay = configuration.retry.delay(after: failure, attempt: attempt, retryAfter: retryAfter, random: random()) else {
                failure.attempts = attempt
                throw failure
            }
            counters.add(retries: 1)
            try await Task.sleep(for: delay)
        }
    }
}
