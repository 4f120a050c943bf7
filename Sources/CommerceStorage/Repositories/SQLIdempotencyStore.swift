import CommerceDomain
import Foundation
import SQLKit

/// `Idempotency-Key` reservations and stored answers, shared by every node on the database.
public struct SQLIdempotencyStore: IdempotencyStore {
    let provider: any DatabaseProvider

    /// How long a key is remembered.
    public static let lifetime: TimeInterval = 24 * 3600

    public init(provider: any DatabaseProvider) {
        self.provider = provider
    }

    public func begin(caller: String, key: String, requestHash: String, now: Date) async throws -> IdempotencyBegin {
        let created = MagentoTimestamp.string(from: now)
        let expired = MagentoTimestamp.string(from: now.addingTimeInterval(-Self.lifetime))
        return try await provider.transaction { db in
            try await db.raw("""
                DELETE FROM magpie_idempotency
                WHERE caller = \(bind: caller) AND idempotency_key = \(bind: key) AND created_at < \(bind: expired)
                """).run()
            // Insert-first: of two racing requests exactly one reserves the key.
            let reserved = try await db.raw("""
                INSERT INTO magpie_idempotency (caller, idempotency_key, request_hash, created_at)
                VALUES (\(bind: caller), \(bind: key), \(bind: requestHash), \(bind: created))
                ON CONFLICT (caller, idempotency_key) DO NOTHING
                RETURNING request_hash
                """).first()
            if reserved != nil { return .proceed }
            guard let row = try await db.raw("""
                SELECT request_hash, status, body FROM magpie_idempotency
                WHERE caller = \(bind: caller) AND idempotency_key = \(bind: key)
                """).first() else { return .proceed }
            guard try row.decode(column: "request_hash", as: String.self) == requestHash else { return .mismatch }
            guard let status = try row.decode(column: "status", as: Int?.self) else { return .inProgress }
            return .replay(status: status, body: try row.decode(column: "body", as: String?.self) ?? "")
        }
    }

    public func complete(caller: String, key: String, status: Int, body: String) async throws {
        try await provider.transaction { db in
            try await db.raw("""
                UPDATE magpie_idempotency SET status = \(bind: status), body = \(bind: body)
                WHERE caller = \(bind: caller) AND idempotency_key = \(bind: key)
                """).run()
        }
    }

    public func abandon(caller: String, key: String) async throws {
        try await provider.transaction { db in
            try await db.raw("""
                DELETE FROM magpie_idempotency WHERE caller = \(bind: caller) AND idempotency_key = \(bind: key)
                """).run()
        }
    }
}
