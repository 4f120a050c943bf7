import Foundation

/// Token lifetimes and lockout limits (Magento's `oauth/authentication_lock/*` settings).
public struct AuthenticationPolicy: Sendable, Equatable {
    /// Admin token lifetime in seconds (4 h by default, as Magento's admin tokens).
    public var adminTokenLifetime: Int
    /// Customer token lifetime in seconds (1 h by default).
    public var customerTokenLifetime: Int
    /// Failed token requests before the account locks.
    public var maxFailures: Int
    /// How long a lock lasts, in seconds.
    public var lockDuration: TimeInterval
    /// Password checks one account may have running at once in one process; more are refused.
    public var maxConcurrentVerifications: Int

    public init(
        adminTokenLifetime: Int = 4 * 3600,
        customerTokenLifetime: Int = 3600,
        maxFailures: Int = 6,
        lockDuration: TimeInterval = 1800,
        maxConcurrentVerifications: Int = 2
    ) {
        self.adminTokenLifetime = adminTokenLifetime
        self.customerTokenLifetime = customerTokenLifetime
        self.maxFailures = maxFailures
        self.lockDuration = lockDuration
        self.maxConcurrentVerifications = maxConcurrentVerifications
    }
}
