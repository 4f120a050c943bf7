import Foundation

/// Remembers the first answer to each `Idempotency-Key` so a retried write is replayed, not redone.
public protocol IdempotencyStore: Sendable {
    /// Reserves `key` for this caller and request, or reports what happened to it before.
    /// Keys older than 24 hours are forgotten.
    func begin(caller: String, key: String, requestHash: String, now: Date) async throws -> IdempotencyBegin
    /// Stores the answer to replay.
    func complete(caller: String, key: String, status: Int, body: String) async throws
    /// Forgets a reservation whose request failed on our side, so a retry runs it again.
    func abandon(caller: String, key: String) async throws
}

public enum IdempotencyBegin: Sendable, Equatable {
    /// First use: run the request.
    case proceed
    /// Used before with the same request: send this again.
    case replay(status: Int, body: String)
    /// Used before with a different request.
    case mismatch
    /// The first request with this key has not finished yet.
    case inProgress
}
