import Foundation

/// The signature header a receiver checks: `t=<unix seconds>,v1=<hex HMAC-SHA256>` over
/// `"<t>.<raw body>"`. The timestamp is signed too, so a receiver can refuse old replays.
public enum WebhookSignature {
    public static let headerName = "Magpie-Signature"

    public static func header(timestamp: Int, signature: String) -> String {
        "t=\(timestamp),v1=\(signature)"
    }

    /// The exact bytes that are signed.
    public static func signedPayload(timestamp: Int, body: String) -> String {
        "\(timestamp).\(body)"
    }

    /// The retry schedule: attempt n (1-based) waits `base * 4^(n-1)`, so 8 tries at a 30 s base
    /// span about 23 hours.
    public static func backoff(afterAttempt attempt: Int, base: TimeInterval) -> TimeInterval {
        base * pow(4, Double(max(0, attempt - 1)))
    }
}
