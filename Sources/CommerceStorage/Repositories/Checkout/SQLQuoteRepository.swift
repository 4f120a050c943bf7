import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Carts: see `Migration.quotes` for the layout and `QuoteRows` for one cart's reads and writes.
public struct SQLQuoteRepository: QuoteRepository {
    let provider: any DatabaseProvider
    let clock: any CommerceClock
    let pricing: PricingTablesCache

    public init(provider: any DatabaseProvider, clock: any CommerceClock, pricing: PricingTablesCache = PricingTablesCache()) {
        self.provider = provider
        self.clock = clock
        self.pricing = pricing
    }

    var now: String { MagentoTimestamp.string(from: clock.now()) }

    static let searchable = SearchableTable(table: "quote", primaryKey: "entity_id", fields: [
        "entity_id": .init(column: "entity_id", kind: .integer),
        "id": .init(column: "entity_id", kind: .integer),
        "store_id": .init(column: "store_id", kind: .integer),
        "customer_id": .init(column: "customer_id", kind: .integer),
        "is_active": .init(column: "is_active", kind: .integer),
        "items_count": .init(column: "items_count", kind: .integer),
        "reserved_order_id": .init(column: "reserved_order_id", kind: .text),
        "created_at": .init(column: "created_at", kind: .timestamp),
        "updated_at": .init(column: "updated_at", kind: .timestamp),
    ])

    public func createQuote(storeId: Int, customerId: Int?) async throws -> Quote {
        let now = self.now
        return try await provider.transaction { db in try await Self.insert(storeId: storeId, customerId: customerId, now: now, on: db) }
    }

    public func createGuestQuote(storeId: Int) async throws -> String {
        // A clash of 32 random characters is practically impossible; draw again if it happens.
        while true {
            if let masked = try await createGuestQuote(storeId: storeId, maskedId: Self.maskedId()) { return masked }
        }
    }

    public func createGuestQuote(storeId: Int, maskedId: String) async throws -> String? {
        let now = self.now
        return try await provider.transaction { db in
            guard try await db.raw("SELECT quote_id FROM quote_id_mask WHERE masked_id = \(bind: maskedId)").first() == nil else { return nil }
            let quote = try await Self.insert(storeId: storeId, customerId: nil, now: now, on: db)
            try await db.raw("INSERT INTO quote_id_mask (masked_id, quote_id) VALUES (\(bind: maskedId), \(bind: quote.id))").run()
            return maskedId
        }
    }

    public func maskedId(quoteId: Int) async throws -> String {
        let select = SQLQueryString("SELECT masked_id FROM quote_id_mask WHERE quote_id = \(bind: quoteId)")
        if let row = try await provider.read({ db in try await db.raw(select).first() }) {
            return try row.decode(column: "masked_id", as: String.self)
        }
        let masked = Self.maskedId()
        return try await provider.transaction { db in
            if let row = try await db.raw(select).first() { return try row.decode(column: "masked_id", as: String.self) }
            try await db.raw("INSERT INTO quote_id_mask (masked_id, quote_id) VALUES (\(bind: masked), \(bind: quoteId))").run()
            return masked
        }
    }

    static func insert(storeId: Int, customerId: Int?, now: String, on db: any SQLDatabase) async throws -> Quote {
        let row = try await db.raw("""
            INSERT INTO quote (store_id, customer_id, is_active, created_at, updated_at, document)
            VALUES (\(bind: storeId), \(bind: customerId), 1, \(bind: now), \(bind: now), '{}') RETURNING entity_id
            """).first()
        let id = try row?.decode(column: "entity_id", as: Int.self) ?? 0
        return Quote(id: id, storeId: storeId, customerId: customerId, isActive: true, createdAt: now, updatedAt: now)
    }

    /// 32 characters of `[A-Za-z0-9]` from the system's secure generator, as QuoteIdMask makes them.
    static func maskedId() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<32).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }

    public func quoteId(maskedId: String) async throws -> Int? {
        try await provider.read { db in
            try await db.raw("SELECT quote_id FROM quote_id_mask WHERE masked_id = \(bind: maskedId)").first()?
                .decode(column: "quote_id", as: Int.self)
        }
    }

    public func activeQuoteId(customerId: Int) async throws -> Int? {
        try await provider.read { db in try await Self.activeQuoteId(customerId: customerId, on: db) }
    }

    static func activeQuoteId(customerId: Int, on db: any SQLDatabase) async throws -> Int? {
        try await db.raw("""
            SELECT entity_id FROM quote WHERE customer_id = \(bind: customerId) AND is_active = 1 ORDER BY entity_id DESC
            """).first()?.decode(column: "entity_id", as: Int.self)
    }

    public func quote(id: Int) async throws -> Quote {
        try await provider.read { db in try await QuoteRows.load(id: id, on: db) }
    }

    public func customerAddressOwner(addressId: Int) async throws -> Int? {
        try await provider.read { db in
            try await db.raw("SELECT customer_id FROM customer_address WHERE entity_id = \(bind: addressId)").first()?
                .decode(column: "customer_id", as: Int.self)
        }
    }

    public func searchQuotes(_ criteria: SearchCriteria) async throws -> SearchPage<Quote> {
        try await provider.read { db in
            let page = try await SearchQuery(criteria, table: Self.searchable, columns: ["entity_id"]).run(on: db)
            var quotes: [Quote] = []
            for row in page.items {
                quotes.append(try await QuoteRows.load(id: try row.decode(column: "entity_id", as: Int.self), on: db))
            }
            return SearchPage(items: quotes, totalCount: page.totalCount)
        }
    }
}
