import CommerceDomain
import Foundation
import SQLKit

/// Failed token requests per username and user type (`token_request_log`), as Magento's
/// RequestThrottler keeps them in `oauth_token_request_log`.
public struct SQLLoginThrottleRepository: LoginThrottleRepository {
    let provider: any DatabaseProvider

    public init(provider: any DatabaseProvider) {
        self.provider = provider
    }

    public func state(username: String, userType: UserType) async throws -> LoginThrottleState? {
        try await provider.read { db in
            guard let row = try await db.raw("""
                SELECT failures_count, lock_expires_at FROM token_request_log
                WHERE username_key = \(bind: Self.key(username)) AND user_type = \(bind: userType.rawValue)
                """).first()
            else { return nil }
            return LoginThrottleState(
                failures: try row.decode(column: "failures_count", as: Int.self),
                lockedUntil: try row.decode(column: "lock_expires_at", as: String?.self).flatMap(MagentoTimestamp.date(from:))
            )
        }
    }

    public func recordFailure(
        username: String, userType: UserType, now: Date, maxFailures: Int, lockDuration: TimeInterval
    ) async throws {
        let key = Self.key(username)
        let lockedUntil = MagentoTimestamp.string(from: now.addingTimeInterval(lockDuration))
        try await provider.transaction { db in
            // One atomic upsert: concurrent failures for the same user each count once (the
            // conflicting row is locked on PostgreSQL; SQLite has a single writer).
            let failures = try await db.raw("""
                INSERT INTO token_request_log (username_key, user_type, failures_count, lock_expires_at)
                VALUES (\(bind: key), \(bind: userType.rawValue), 1, NULL)
                ON CONFLICT (username_key, user_type)
                DO UPDATE SET failures_count = token_request_log.failures_count + 1
                RETURNING failures_count
                """).first()?.decode(column: "failures_count", as: Int.self) ?? 0
            guard failures >= maxFailures else { return }
            try await db.raw("""
                UPDATE token_request_log SET failures_count = 0, lock_expires_at = \(bind: lockedUntil)
                WHERE username_key = \(bind: key) AND user_type = \(bind: userType.rawValue)
                """).run()
        }
    }

    public func countAttempt(
        username: String, userType: UserType, now: Date, maxFailures: Int, lockDuration: TimeInterval
    ) async throws -> Bool {
        let key = Self.key(username)
        let current = MagentoTimestamp.string(from: now)
        let lockedUntil = MagentoTimestamp.string(from: now.addingTimeInterval(lockDuration))
        return try await provider.transaction { db in
            // One atomic upsert counts the attempt unless a lock is running; the row stays locked
            // (PostgreSQL) or the writer held (SQLite) until the lock below is committed, so
            // concurrent attempts on any node see it.
            guard let row = try await db.raw("""
                INSERT INTO token_request_log (username_key, user_type, failures_count, lock_expires_at)
                VALUES (\(bind: key), \(bind: userType.rawValue), 1, NULL)
                ON CONFLICT (username_key, user_type)
                DO UPDATE SET failures_count = CASE
                    WHEN token_request_log.lock_expires_at > \(bind: current) THEN token_request_log.failures_count
                    ELSE token_request_log.failures_count + 1 END
                RETURNING failures_count, lock_expires_at
                """).first() else { return false }
            if let lock = try row.decode(column: "lock_expires_at", as: String?.self), lock > current { return false }
            guard try row.decode(column: "failures_count", as: Int.self) >= maxFailures else { return true }
            try await db.raw("""
                UPDATE token_request_log SET failures_count = 0, lock_expires_at = \(bind: lockedUntil)
                WHERE username_key = \(bind: key) AND user_type = \(bind: userType.rawValue)
                """).run()
            return true
        }
    }

    public func reset(username: String, userType: UserType) async throws {
        try await provider.transaction { db in
            try await db.raw("""
                DELETE FROM token_request_log
                WHERE username_key = \(bind: Self.key(username)) AND user_type = \(bind: userType.rawValue)
                """).run()
        }
    }

    /// Throttling follows the account, whatever case the username was typed in.
    static func key(_ username: String) -> String {
        username.lowercased()
    }
}
