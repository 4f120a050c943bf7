import CommerceDomain
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Fault injection's seam in the pipeline: after the `/rest[/<store>][/async[/bulk]]` prefix is
/// taken apart (rules match the path after it) and before authentication, rate limiting, the
/// ACL check and the handler. Only API paths are faulted: `/health`, `/metrics`, media and the
/// OAuth handshake stay reachable, and so do the fault routes themselves.
extension MagentoResponder {
    /// The response that replaces the pipeline's, or nil to go on (after any injected delay).
    func injectFault(_ faults: FaultInjector, request: Request, context: Context, requestId: String) async -> Response? {
        guard faults.isActive else { return nil }
        let started = ContinuousClock.now
        let outcome = RequestPath.parse(Substring(request.uri.path)) { code in
            code != "admin" && stores.view(code: code) != nil
        }
        guard case .rest(let path) = outcome, path.segments != FaultRoutes.segments else { return nil }
        let bearer = BearerToken.parse(request.headers[.authorization])
        let decision = faults.decide(method: request.method.rawValue, path: Self.faultPath(path), hasBearer: bearer != nil)
        guard !decision.isNone else { return nil }
        for firing in decision.fired {
            metrics?.faultInjected(rule: firing.rule, action: firing.action)
            context.logger.info("Fault injected", metadata: [
                "fault.rule": .string(firing.rule), "fault.action": .string(firing.action),
                "request_id": .string(requestId), "path": .string(request.uri.path),
            ])
        }
        if decision.delayMilliseconds > 0 {
            try? await Task.sleep(for: .milliseconds(decision.delayMilliseconds))
        }
        let reply: JSONReply
        switch decision.action {
        case nil, .latency:
            return nil
        case .expireToken:
            // The pipeline then treats the token as it treats an expired one: the caller is a guest.
            if let bearer { faults.revoke(token: bearer) }
            return nil
        case .status(let code):
            reply = Self.statusReply(code)
        case .rateLimit(let retryAfter):
            reply = await rateLimitReply(request, context: context, retryAfter: retryAfter)
        case .drop:
            await Self.close(context.channel)
            return Self.abandoned
        case .hang(let seconds):
            await Self.hold(context.channel, seconds: seconds)
            return Self.abandoned
        }
        metrics?.request(route: routeLabel(request) ?? "unmatched", status: reply.status.code, duration: ContinuousClock.now - started)
        return ResponseWriter.response(reply, requestId: requestId)
    }

    /// The path rules match: what follows `/rest[/<store>]`, percent-decoded.
    static func faultPath(_ path: RequestPath) -> String {
        let prefix = switch path.mode {
        case .synchronous: ""
        case .async: "/async"
        case .bulk: "/async/bulk"
        case .schema: "/schema"
        }
        return prefix + path.segments.map { "/" + $0 }.joined()
    }

    /// Magento's masked 500 for 500; for the statuses Magento itself never sends (a proxy in
    /// front of it does), the same body shape with the status's reason phrase.
    static func statusReply(_ code: Int) -> JSONReply {
        let message = switch code {
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "Internal Error. Details are available in Magento log file. Report ID: webapi-\(ErrorRenderer.reportId())"
        }
        return ResponseWriter.errorReply(MagentoHTTPError(HTTPResponse.Status(code: code), message))
    }

    /// The real limiter's 429: its body, `Retry-After`, and (when limits are on) the limit headers
    /// of the caller's bucket reported as empty.
    func rateLimitReply(_ request: Request, context: Context, retryAfter: Int) async -> JSONReply {
        guard let rateLimiter else {
            return JSONReply(
                status: .tooManyRequests, bytes: Array(#"{"message":"Too Many Requests","trace":null}"#.utf8),
                extraHeaders: [(RateLimitKeys.retryAfterField, String(retryAfter))]
            )
        }
        let caller = await authenticate(request)
        let isLogin = request.uri.path.hasSuffix("/token") || request.uri.path.hasSuffix("/token/")
        let limit = rateLimiter.limit(for: caller.identity, isLogin: isLogin)
        return RateLimitKeys.tooManyRequests(RateLimiter.Decision(
            allowed: false, limit: Int(limit.burst), remaining: 0,
            reset: Int((limit.burst / limit.rate).rounded(.up)), retryAfter: retryAfter
        ))
    }

    /// What Hummingbird is handed after the connection is gone: writing it fails, so nothing
    /// reaches the client. (In router-mode tests, with no connection, it is what they see.)
    static var abandoned: Response {
        Response(status: .internalServerError, headers: [.connection: "close"], body: ResponseBody())
    }

    /// Closes the connection before any byte of a response is written.
    static func close(_ channel: any Channel) async {
        try? await channel.close().get()
    }

    /// Holds the request on a timer (no thread is blocked), then closes the connection. Ends
    /// early only if the server closes the connection first (a client leaving goes unnoticed
    /// while no one reads the socket).
    static func hold(_ channel: any Channel, seconds: Double) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await Task.sleep(for: .seconds(seconds)) }
            group.addTask { try? await channel.closeFuture.get() }
            await group.next()
            group.cancelAll()
            // Also what lets the closeFuture waiter finish when the timer ended first.
            channel.close(promise: nil)
        }
    }
}
