import Foundation
import Synchronization

/// Runs one token request's password check under the lockout rules: the attempt is counted in
/// the database *before* the slow verify (so concurrent guesses cannot all be verified before
/// the first failure is recorded, issue 16), a locked account is refused without verifying, and
/// at most `maxConcurrentVerifications` checks per account run at once in this process.
public struct LoginAttemptGate: Sendable {
    let throttle: any LoginThrottleRepository
    let policy: AuthenticationPolicy
    let inFlight: VerificationCounter

    public init(throttle: any LoginThrottleRepository, policy: AuthenticationPolicy) {
        self.throttle = throttle
        self.policy = policy
        self.inFlight = VerificationCounter()
    }

    /// `verify` answers the account's value when the password is right, or nil; every refusal,
    /// whatever its reason, is the same `authenticationFailed`.
    public func attempt<Value: Sendable>(
        username: String, userType: UserType, now: Date, verify: () async throws -> Value?
    ) async throws -> Value {
        let key = "\(userType.rawValue):\(username.lowercased())"
        // Counted first, so an attempt refused below still moves the account towards its lock.
        let allowed = try await throttle.countAttempt(
            username: username, userType: userType, now: now,
            maxFailures: policy.maxFailures, lockDuration: policy.lockDuration
        )
        guard allowed, inFlight.enter(key, limit: policy.maxConcurrentVerifications) else { throw CommerceError.authenticationFailed }
        defer { inFlight.leave(key) }
        guard let value = try await verify() else { throw CommerceError.authenticationFailed }
        try await throttle.reset(username: username, userType: userType)
        return value
    }
}

/// Verifications running now, per account, in this process.
final class VerificationCounter: Sendable {
    private let counts = Mutex<[String: Int]>([:])

    func enter(_ key: String, limit: Int) -> Bool {
        counts.withLock { counts in
            let current = counts[key, default: 0]
            guard current < limit else { return false }
            counts[key] = current + 1
            return true
        }
    }

    func leave(_ key: String) {
        counts.withLock { counts in
            let left = counts[key, default: 1] - 1
            counts[key] = left > 0 ? left : nil
        }
    }
}
