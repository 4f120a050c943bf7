import CommerceDomain
import SQLKit
import Synchronization

/// Cart price rules, coupons and tax tables, loaded once per version of the `pricing` row of
/// `magpie_cache_version` (bumped by triggers in the transaction that writes those tables, see
/// `Migration.pricingVersion`). Each use reads that one row on the caller's connection, so a
/// write by this process, another node or a `magpie` command is seen by the next read.
///
/// One cache per database: a repository owns it, never a global (versions of two databases are
/// unrelated numbers).
public final class PricingTablesCache: Sendable {
    struct Tables: Sendable {
        let promotions: PromotionEngine
        let tax: TaxCalculator
    }

    private let cached = Mutex<(version: Int64, tables: Tables)?>(nil)

    public init() {}

    func tables(on db: any SQLDatabase) async throws -> Tables {
        // Read before loading: a write landing in between leaves newer tables under an older
        // version, which the next read finds outdated and reloads; never the other way round.
        let version = try await Self.version(on: db)
        if let hit = cached.withLock({ $0 }), hit.version == version { return hit.tables }
        let tables = Tables(
            promotions: try await SQLSalesRuleRepository.engine(on: db), tax: try await SQLTaxRepository.calculator(on: db)
        )
        cached.withLock { current in
            if current == nil || current!.version <= version { current = (version, tables) }
        }
        return tables
    }

    /// Forgets the loaded tables: after a snapshot restore the version can go back to a number
    /// this cache saw with other tables.
    func invalidate() {
        cached.withLock { $0 = nil }
    }

    static func version(on db: any SQLDatabase) async throws -> Int64 {
        let row = try await db.raw("SELECT version FROM magpie_cache_version WHERE name = 'pricing'").first()
        return try row?.decode(column: "version", as: Int64.self) ?? -1
    }
}
