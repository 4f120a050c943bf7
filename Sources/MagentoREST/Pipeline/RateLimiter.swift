import CommerceDomain
import Foundation
import Synchronization

/// Token buckets per caller, kept in this process: each `magpie serve` node limits on its own
/// (a node sees only its own traffic, so N nodes allow up to N times the configured rate; a
/// shared limiter over PostgreSQL would cost a database write per request).
public final class RateLimiter: Sendable {
    /// A bucket's shape: `rate` tokens return per second, up to `burst`.
    public struct Limit: Sendable, Equatable {
        public var rate: Double
        public var burst: Double

        public init(rate: Double, burst: Double) {
            self.rate = rate
            self.burst = burst
        }

        /// Parses `"<per second>,<burst>"`.
        public init?(_ text: String) {
            let parts = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 2, parts[0] > 0, parts[1] >= 1 else { return nil }
            self.init(rate: parts[0], burst: parts[1])
        }
    }

    /// The defaults let one well-behaved client (a connector's sequential run, a test suite, a
    /// storefront's shopper) never see a 429: Magento has no per-caller limit at all. They stop a
    /// runaway loop, not ordinary work.
    public struct Settings: Sendable, Equatable {
        public var enabled = true
        public var guest = Limit(rate: 100, burst: 1000)
        public var customer = Limit(rate: 100, burst: 1000)
        public var admin = Limit(rate: 1000, burst: 4000)
        public var integration = Limit(rate: 500, burst: 2000)
        /// Failed token requests, per client address, against password guessing. Only failures
        /// take from it, as Magento counts only failed logins: a suite that signs in before every
        /// test is never refused.
        public var login = Limit(rate: 1.0 / 3.0, burst: 20)
        /// Tighter limits for route groups (the first segment after `V1`: `products`, `inventory`,
        /// `orders`, …), per caller, on top of the caller's own bucket.
        public var groups: [String: Limit] = [:]
        /// Addresses of proxies in front of Magpie (a storefront server, a load balancer): for a
        /// request from one of them the client is the last `X-Forwarded-For` address that is not
        /// a trusted proxy (`MAGPIE_TRUSTED_PROXIES`).
        public var trustedProxies: Set<String> = []

        public init() {}
    }

    /// The route group of a `/rest/…` path: the segment after `V1`, lower-cased.
    public static func group(ofPath path: String) -> String? {
        let segments = path.split(separator: "/")
        guard let version = segments.firstIndex(of: "V1"), version + 1 < segments.count else { return nil }
        return segments[version + 1].lowercased()
    }

    /// The answer for one request, with what the headers report.
    public struct Decision: Sendable, Equatable {
        public var allowed: Bool
        public var limit: Int
        public var remaining: Int
        /// Seconds until the bucket is full again.
        public var reset: Int
        /// Seconds until one request is allowed (when refused).
        public var retryAfter: Int
    }

    struct Bucket {
        var tokens: Double
        var updated: Date
    }

    let settings: Settings
    private let buckets = Mutex<[String: Bucket]>([:])

    public init(settings: Settings) {
        self.settings = settings
    }

    public func limit(for identity: CallerIdentity, isLogin: Bool) -> Limit {
        if isLogin { return settings.login }
        return switch identity {
        case .guest: settings.guest
        case .customer: settings.customer
        case .admin: settings.admin
        case .integration: settings.integration
        }
    }

    /// Takes one token from the caller's bucket if there is one; with `consume` false only says
    /// whether there is one (the login bucket, which failures alone drain).
    public func take(key: String, limit: Limit, now: Date, consume: Bool = true) -> Decision {
        buckets.withLock { buckets in
            if buckets.count > 100_000 { buckets.removeAll(keepingCapacity: true) }
            var bucket = buckets[key] ?? Bucket(tokens: limit.burst, updated: now)
            bucket.tokens = min(limit.burst, bucket.tokens + max(0, now.timeIntervalSince(bucket.updated)) * limit.rate)
            bucket.updated = now
            let allowed = bucket.tokens >= 1
            if allowed, consume { bucket.tokens -= 1 }
            buckets[key] = bucket
            return Decision(
                allowed: allowed, limit: Int(limit.burst), remaining: Int(bucket.tokens.rounded(.down)),
                reset: Int(((limit.burst - bucket.tokens) / limit.rate).rounded(.up)),
                retryAfter: allowed ? 0 : Int(((1 - bucket.tokens) / limit.rate).rounded(.up))
            )
        }
    }
}
