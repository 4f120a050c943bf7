import CommerceDomain
import Foundation
import HTTPTypes
import NIOCore

/// How callers map to buckets, and the headers and 429 body the limits produce.
enum RateLimitKeys {
    static let limitField = HTTPField.Name("X-RateLimit-Limit")!
    static let remainingField = HTTPField.Name("X-RateLimit-Remaining")!
    static let resetField = HTTPField.Name("X-RateLimit-Reset")!
    static let retryAfterField = HTTPField.Name("Retry-After")!

    static let forwardedForField = HTTPField.Name("X-Forwarded-For")!

    /// Authenticated callers share a bucket wherever they connect from; guests and every token
    /// request are limited by client address (see `clientAddress`).
    static func key(for identity: CallerIdentity, address: String, isLogin: Bool) -> String {
        let ip = address
        if isLogin { return "login:\(ip)" }
        return switch identity {
        case .guest: "guest:\(ip)"
        case .admin(let id): "admin:\(id)"
        case .customer(let id): "customer:\(id)"
        case .integration(let id): "integration:\(id)"
        }
    }

    /// The peer's address, or for a request from a trusted proxy the nearest address in
    /// `X-Forwarded-For` that is not one: every proxy appends the address it received from, so
    /// reading from the right skips our own proxies and stops at the first one we cannot trust.
    static func clientAddress(peer: SocketAddress?, forwardedFor: [String], trusted: Set<String>) -> String {
        let ip = peer?.ipAddress ?? "local"
        guard trusted.contains(ip) else { return ip }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return hops.last { !trusted.contains($0) } ?? ip
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
