import CommerceDomain
import Foundation
import SQLKit

/// Admin accounts in `admin_user`; usernames are unique ignoring case via `username_key`.
public struct SQLAdminUserRepository: AdminUserRepository {
    let provider: any DatabaseProvider
    let clock: any CommerceClock

    public init(provider: any DatabaseProvider, clock: any CommerceClock) {
        self.provider = provider
        self.clock = clock
    }

    static let columns = "user_id, username, email, firstname, lastname, password, is_active"

    public func find(username: String) async throws -> AdminUser? {
        try await provider.read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM admin_user WHERE username_key = \(bind: Self.key(username))
                """).first().map(Self.user(from:))
        }
    }

    public func find(id: Int) async throws -> AdminUser? {
        try await provider.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM admin_user WHERE user_id = \(bind: id)")
                .first().map(Self.user(from:))
        }
    }

    public func create(_ user: NewAdminUser) async throws -> AdminUser {
        let now = MagentoTimestamp.string(from: clock.now())
        let payload = try Self.payload(username: user.username)
        return try await provider.transaction { db in
            // ON CONFLICT DO NOTHING + RETURNING tells "taken" apart without catching a
            // driver-specific unique-violation error, and leaves the transaction usable.
            let inserted = try await db.raw("""
                INSERT INTO admin_user (firstname, lastname, email, username, username_key, password, is_active, created, modified)
                VALUES (\(bind: user.firstName), \(bind: user.lastName), \(bind: user.email), \(bind: user.username),
                        \(bind: Self.key(user.username)), \(bind: user.passwordHash), 1, \(bind: now), \(bind: now))
                ON CONFLICT (username_key) DO NOTHING
                RETURNING user_id
                """).first()
            guard let inserted else {
                throw CommerceError.alreadyExists(message: "The username already exists.", parameters: [])
            }
            let id = try inserted.decode(column: "user_id", as: Int.self)
            let event = DomainEvent(type: "admin_user.created", entityType: "admin_user", entityId: String(id), payload: payload)
            try await Outbox.append(event, on: db, at: now)
            return AdminUser(
                id: id, username: user.username, email: user.email, firstName: user.firstName,
                lastName: user.lastName, passwordHash: user.passwordHash, isActive: true
            )
        }
    }

    public func count() async throws -> Int {
        try await provider.read { db in
            try await db.raw("SELECT COUNT(*) AS total FROM admin_user").first()?.decode(column: "total", as: Int.self) ?? 0
        }
    }

    /// Logins compare usernames the way Magento's case-insensitive MySQL collation does.
    static func key(_ username: String) -> String {
        username.lowercased()
    }

    static func user(from row: any SQLRow) throws -> AdminUser {
        AdminUser(
            id: try row.decode(column: "user_id", as: Int.self),
            username: try row.decode(column: "username", as: String.self),
            email: try row.decode(column: "email", as: String.self),
            firstName: try row.decode(column: "firstname", as: String.self),
            lastName: try row.decode(column: "lastname", as: String.self),
            passwordHash: try row.decode(column: "password", as: String.self),
            isActive: try row.decode(column: "is_active", as: Int.self) != 0
        )
    }

    /// The event body names the account but never carries the password hash.
    static func payload(username: String) throws -> String {
        let data = try JSONEncoder().encode(["username": username])
        return String(decoding: data, as: UTF8.self)
    }
}
