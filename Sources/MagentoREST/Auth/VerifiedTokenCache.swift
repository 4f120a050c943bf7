import CommerceDomain
import Foundation
import Synchronization

/// Remembers tokens whose signature was already verified, so a client sending the same bearer
/// token on every request pays for HMAC verification (and the key collection's actor hop) once.
///
/// Expiry is still checked on every hit against the injected clock. The cache is bounded: when
/// full it is emptied rather than tracking recency, which keeps the hot path to one lock.
public final class VerifiedTokenCache: Sendable {
    struct Entry: Sendable {
        var identity: CallerIdentity
        var expiresAt: Date
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let capacity: Int

    public init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    public func identity(for token: String, now: Date) -> CallerIdentity? {
        entries.withLock { entries in
            guard let entry = entries[token] else { return nil }
            guard entry.expiresAt > now else {
                entries[token] = nil
                return nil
            }
            return entry.identity
        }
    }

    public func remember(_ token: String, as identity: CallerIdentity, until expiresAt: Date) {
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[token] = Entry(identity: identity, expiresAt: expiresAt)
        }
    }
}
