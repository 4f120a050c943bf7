import Foundation

/// Failed token requests for one username and user type (Magento's `oauth_token_request_log`).
public struct LoginThrottleState: Sendable, Equatable {
    public var failures: Int
    public var lockedUntil: Date?

    public init(failures: Int, lockedUntil: Date?) {
        self.failures = failures
        self.lockedUntil = lockedUntil
    }
}
