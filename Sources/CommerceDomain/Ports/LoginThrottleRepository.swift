import Foundation

/// Counts failed token requests per username and user type, and locks after too many.
public protocol LoginThrottleRepository: Sendable {
    func state(username: String, userType: UserType) async throws -> LoginThrottleState?
    /// Adds one failure. When the count reaches `maxFailures` the account is locked until
    /// `now + lockDuration` and the count starts again from zero (Magento's RequestThrottler).
    func recordFailure(
        username: String, userType: UserType, now: Date, maxFailures: Int, lockDuration: TimeInterval
    ) async throws
    /// A successful login forgets earlier failures.
    func reset(username: String, userType: UserType) async throws
}
