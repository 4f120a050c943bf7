import CommerceDomain
import MagentoWire
import SQLKit

extension SQLInventoryRepository {
    static let links = SearchableTable(
        table: "inventory_source_stock_link", primaryKey: "link_id",
        fields: [
            "link_id": .init(column: "link_id", kind: .integer),
            "stock_id": .init(column: "stock_id", kind: .integer),
            "source_code": .init(column: "source_code", kind: .text),
            "priority": .init(column: "priority", kind: .integer),
        ]
    )

    public func searchLinks(_ criteria: SearchCriteria) async throws -> SearchPage<StockSourceLink> {
        try await provider.read { db in
            let page = try await SearchQuery(criteria, table: Self.links).run(on: db)
            return SearchPage(items: try page.items.map(Self.link(from:)), totalCount: page.totalCount)
        }
    }

    public func saveLinks(_ links: [StockSourceLink]) async throws {
        try InventoryValidation.validate(links)
        let now = timestamp()
        try await provider.transaction { db in
            for link in links {
                let stockId = link.stockId ?? 0
                let code = link.sourceCode ?? ""
                _ = try await Self.stock(id: stockId, on: db)
                try await Self.requireSource(code, on: db)
                try await db.raw("""
                    INSERT INTO inventory_source_stock_link (stock_id, source_code, priority)
                    VALUES (\(bind: stockId), \(bind: code), \(bind: link.priority ?? 0))
                    ON CONFLICT (stock_id, source_code) DO UPDATE SET priority = excluded.priority
                    """).run()
                try await Outbox.append(Self.linkEvent("saved", link), on: db, at: now)
            }
        }
    }

    public func deleteLinks(_ links: [StockSourceLink]) async throws {
        try InventoryValidation.validate(links.map { StockSourceLink(stockId: $0.stockId, sourceCode: $0.sourceCode, priority: $0.priority ?? 0) })
        let now = timestamp()
        try await provider.transaction { db in
            for link in links {
                try await db.raw("""
                    DELETE FROM inventory_source_stock_link
                    WHERE stock_id = \(bind: link.stockId ?? 0) AND source_code = \(bind: link.sourceCode ?? "")
                    """).run()
                try await Outbox.append(Self.linkEvent("deleted", link), on: db, at: now)
            }
        }
    }

    public func sourcesAssigned(toStock stockId: Int) async throws -> [InventorySource] {
        let engine = provider.engine
        return try await provider.read { db in
            _ = try await Self.stock(id: stockId, on: db)
            return try await db.raw("""
                SELECT s.* FROM inventory_source s
                JOIN inventory_source_stock_link l ON l.source_code = s.source_code
                WHERE l.stock_id = \(bind: stockId) ORDER BY l.priority, l.link_id
                """).all().map { try Self.source(from: $0, engine: engine) }
        }
    }

    static func requireSource(_ code: String, on db: any SQLDatabase) async throws {
        guard try await db.raw("SELECT 1 FROM inventory_source WHERE source_code = \(bind: code)").first() != nil else {
            throw noSuchSource(code)
        }
    }

    static func linkEvent(_ verb: String, _ link: StockSourceLink) -> DomainEvent {
        DomainEvent(
            type: "inventory_stock_source_link.\(verb)", entityType: "inventory_stock_source_link",
            entityId: "\(link.stockId ?? 0):\(link.sourceCode ?? "")",
            payload: #"{"stock_id":\#(link.stockId ?? 0),"priority":\#(link.priority ?? 0)}"#
        )
    }

    static func link(from row: any SQLRow) throws -> StockSourceLink {
        StockSourceLink(
            stockId: try row.decode(column: "stock_id", as: Int.self),
            sourceCode: try row.decode(column: "source_code", as: String.self),
            priority: try row.decode(column: "priority", as: Int.self)
        )
    }
}
