import CommerceDomain
import HTTPTypes
import NIOCore

/// How callers map to buckets, and the headers and 429 body the limits produce.
enum RateLimitKeys {
    static let limitField = HTTPField.Name("X-RateLimit-Limit")!
    static let remainingField = HTTPField.Name("X-RateLimit-Remaining")!
    static let resetField = HTTPField.Name("X-RateLimit-Reset")!
    static let retryAfterField = HTTPField.Name("Retry-After")!

    /// Authenticated callers share a bucket wherever they connect from; guests and every token
    /// request are limited by client address.
    static func key(for identity: CallerIdentity, address: SocketAddress?, isLogin: Bool) -> String {
        let ip = address?.ipAddress ?? "local"
        if isLogin { return "login:\(ip)" }
        return switch identity {
        case .guest: "guest:\(ip)"
        case .admin(let id): "admin:\(id)"
        case .customer(let id): "customer:\(id)"
        case .integration(let id): "integration:\(id)"
        }
    }

    static func headers(_ decision: RateLimiter.Decision) -> [(HTTPField.Name, String)] {
        [(limitField, String(decision.limit)), (remainingField, String(decision.remaining)), (resetField, String(decision.reset))]
    }

    /// Magento's own 429 body (its order-placement back-pressure), `trace` included.
    static func tooManyRequests(_ decision: RateLimiter.Decision) -> JSONReply {
        JSONReply(
            status: .tooManyRequests, bytes: Array(#"{"message":"Too Many Requests","trace":null}"#.utf8),
            extraHeaders: headers(decision) + [(retryAfterField, String(max(1, decision.retryAfter)))]
        )
    }
}
