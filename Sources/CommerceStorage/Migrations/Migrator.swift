import CommerceDomain
import Foundation
import SQLKit

/// Applies pending migrations, each in its own transaction, and records them in
/// `magpie_migration(id, applied_at)`.
///
/// On PostgreSQL every transaction first takes a transaction-scoped advisory lock, so several
/// nodes starting together apply each migration exactly once: the others wait, then find it
/// recorded. On SQLite `BEGIN IMMEDIATE` already serializes writers, across processes too.
struct Migrator: Sendable {
    /// An arbitrary constant shared by every Magpie node; only needs to differ from other apps'
    /// advisory lock keys on the same server.
    static let advisoryLockKey: Int64 = 0x6D61_6770_6965  // "magpie"

    let provider: any DatabaseProvider
    let clock: any CommerceClock
    let migrations: [Migration]

    /// Returns the ids applied by this call (empty when the schema was already current).
    @discardableResult
    func run() async throws -> [String] {
        let dialect = SchemaDialect(engine: provider.engine)
        try await provider.transaction { db in
            try await lock(db)
            try await db.raw("CREATE TABLE IF NOT EXISTS magpie_migration (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)").run()
        }
        var applied: [String] = []
        for migration in migrations {
            let didApply = try await provider.transaction { db in
                try await lock(db)
                let existing = try await db.raw("SELECT id FROM magpie_migration WHERE id = \(bind: migration.id)").first()
                guard existing == nil else { return false }
                for statement in migration.statements(dialect) {
                    try await db.raw("\(unsafeRaw: statement)").run()
                }
                let now = MagentoTimestamp.string(from: clock.now())
                try await db.raw("INSERT INTO magpie_migration (id, applied_at) VALUES (\(bind: migration.id), \(bind: now))").run()
                return true
            }
            if didApply { applied.append(migration.id) }
        }
        return applied
    }

    private func lock(_ db: any SQLDatabase) async throws {
        guard provider.engine == .postgres else { return }
        // Migrations may wait on another node's lock and may run long on big tables: the request
        // statement timeout does not apply to them (for this transaction only).
        try await db.raw("SET LOCAL statement_timeout = 0").run()
        try await db.raw("SELECT pg_advisory_xact_lock(\(bind: Self.advisoryLockKey))").run()
    }
}
