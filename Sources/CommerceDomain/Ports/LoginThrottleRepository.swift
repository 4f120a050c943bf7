import Foundation

/// Counts failed token requests per username and user type, and locks after too many.
public protocol LoginThrottleRepository: Sendable {
    func state(username: String, userType: UserType) async throws -> LoginThrottleState?
    /// Adds one failure. When the count reaches `maxFailures` the account is locked until
    /// `now + lockDuration` and the count starts again from zero (Magento's RequestThrottler).
    func recordFailure(
        username: String, userType: UserType, now: Date, maxFailures: Int, lockDuration: TimeInterval
    ) async throws
    /// Counts one attempt before its password is checked, atomically in the database so every
    /// node sees it: false when the account is locked (the attempt is then not counted). The
    /// attempt that reaches `maxFailures` locks the account for later ones and is itself checked;
    /// a right password then `reset`s, as in Magento, where the lock follows the N-th failure.
    func countAttempt(
        username: String, userType: UserType, now: Date, maxFailures: Int, lockDuration: TimeInterval
    ) async throws -> Bool
    /// A successful login forgets earlier failures.
    func reset(username: String, userType: UserType) async throws
}
