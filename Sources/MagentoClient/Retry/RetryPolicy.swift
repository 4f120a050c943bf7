import Foundation

/// When and how long to wait before sending a failed request again.
///
/// Only transient failures are retried: timeouts, connection errors, 429, 502, 503 and 504.
/// Waits double from `baseDelay` (1 s, 2 s, 4 s, … by default) plus up to `jitter` of each step
/// at random, so many clients failing together do not come back together; a `Retry-After`
/// header, when present, is used instead (capped at `maximumRetryAfter`).
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included; 1 turns retrying off.
    public var maximumAttempts: Int
    public var baseDelay: Duration
    /// The fraction of each step added at most as random jitter (0.2 → 1 s becomes 1.0–1.2 s).
    public var jitter: Double
    /// The longest single wait from backoff.
    public var maximumDelay: Duration
    /// The longest `Retry-After` honoured; a longer one fails the request instead of stalling it.
    public var maximumRetryAfter: Duration

    static let transientStatuses: Set<Int> = [429, 502, 503, 504]

    public init(
        maximumAttempts: Int = 4, baseDelay: Duration = .seconds(1), jitter: Double = 0.2,
        maximumDelay: Duration = .seconds(60), maximumRetryAfter: Duration = .seconds(120)
    ) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.baseDelay = baseDelay
        self.jitter = max(0, jitter)
        self.maximumDelay = maximumDelay
        self.maximumRetryAfter = maximumRetryAfter
    }

    /// No retries at all.
    public static let none = RetryPolicy(maximumAttempts: 1)

    /// The wait after failed attempt `attempt` (1-based): `baseDelay × 2^(attempt-1)` plus
    /// `random × jitter` of it; `random` is in `0..<1`.
    public func backoff(afterAttempt attempt: Int, random: Double) -> Duration {
        let step = baseDelay * Int(1 << min(max(attempt - 1, 0), 30))
        let capped = min(step, maximumDelay)
        return capped + capped * (jitter * min(max(random, 0), 1))
    }

    /// The wait before the next attempt, or nil when this failure must not be retried
    /// (not transient, attempts used up, or a `Retry-After` longer than we accept).
    func delay(after error: MagentoClientError, attempt: Int, retryAfter: Duration?, random: Double) -> Duration? {
        guard error.isTransient, attempt < maximumAttempts else { return nil }
        if let retryAfter {
            return retryAfter <= maximumRetryAfter ? retryAfter : nil
        }
        return backoff(afterAttempt: attempt, random: random)
    }
}
