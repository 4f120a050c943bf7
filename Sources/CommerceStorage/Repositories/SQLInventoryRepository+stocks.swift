import CommerceDomain
import MagentoWire
import SQLKit

extension SQLInventoryRepository {
    static let stocks = SearchableTable(
        table: "inventory_stock", primaryKey: "stock_id",
        fields: [
            "stock_id": .init(column: "stock_id", kind: .integer),
            "name": .init(column: "name", kind: .text),
        ]
    )

    /// MSI's default stock: it serves the default website and cannot be deleted.
    static let defaultStockId = 1

    public func searchStocks(_ criteria: SearchCriteria) async throws -> SearchPage<InventoryStock> {
        try await provider.read { db in
            let page = try await SearchQuery(criteria, table: Self.stocks).run(on: db)
            let channels = try await Self.salesChannels(on: db)
            return SearchPage(
                items: try page.items.map { try Self.stock(from: $0, channels: channels) }, totalCount: page.totalCount
            )
        }
    }

    public func stock(id: Int) async throws -> InventoryStock {
        try await provider.read { db in try await Self.stock(id: id, on: db) }
    }

    public func stock(salesChannelType type: String, code: String) async throws -> InventoryStock {
        try await provider.read { db in
            guard let row = try await db.raw("""
                SELECT stock_id FROM inventory_stock_sales_channel WHERE type = \(bind: type) AND code = \(bind: code)
                """).first() else {
                throw CommerceError.notFound(message: "No linked stock found")
            }
            return try await Self.stock(id: try row.decode(column: "stock_id", as: Int.self), on: db)
        }
    }

    public func saveStock(_ stock: InventoryStock) async throws -> Int {
        try InventoryValidation.validate(stock)
        let now = timestamp()
        let channels = stock.extensionAttributes?.salesChannels ?? []
        return try await provider.transaction { db in
            let id: Int
            if let existing = stock.stockId {
                guard try await db.raw("SELECT 1 FROM inventory_stock WHERE stock_id = \(bind: existing)").first() != nil else {
                    throw Self.noSuchStock(existing)
                }
                try await db.raw("UPDATE inventory_stock SET name = \(bind: stock.name ?? "") WHERE stock_id = \(bind: existing)").run()
                id = existing
            } else {
                let row = try await db.raw("INSERT INTO inventory_stock (name) VALUES (\(bind: stock.name ?? "")) RETURNING stock_id").first()
                id = try row?.decode(column: "stock_id", as: Int.self) ?? 0
            }
            try await db.raw("DELETE FROM inventory_stock_sales_channel WHERE stock_id = \(bind: id)").run()
            for channel in channels {
                let type = channel.type ?? "website"
                let code = channel.code ?? ""
                // A sales channel is served by exactly one stock: assigning it here moves it.
                try await db.raw("DELETE FROM inventory_stock_sales_channel WHERE type = \(bind: type) AND code = \(bind: code)").run()
                try await db.raw("""
                    INSERT INTO inventory_stock_sales_channel (type, code, stock_id) VALUES (\(bind: type), \(bind: code), \(bind: id))
                    """).run()
            }
            let saved = try await Self.stock(id: id, on: db)
            try await Outbox.append(
                DomainEvent(
                    type: "inventory_stock.saved", entityType: "inventory_stock", entityId: String(id),
                    payload: try MagentoEncoder().encode(saved).jsonString
                ),
                on: db, at: now
            )
            return id
        }
    }

    public func deleteStock(id: Int) async throws {
        guard id != Self.defaultStockId else {
            throw CommerceError.invalidInput(message: "Default Stock could not be deleted.")
        }
        let now = timestamp()
        try await provider.transaction { db in
            _ = try await Self.stock(id: id, on: db)
            try await db.raw("DELETE FROM inventory_stock_sales_channel WHERE stock_id = \(bind: id)").run()
            try await db.raw("DELETE FROM inventory_source_stock_link WHERE stock_id = \(bind: id)").run()
            try await db.raw("DELETE FROM inventory_stock WHERE stock_id = \(bind: id)").run()
            try await Outbox.append(
                DomainEvent(type: "inventory_stock.deleted", entityType: "inventory_stock", entityId: String(id)),
                on: db, at: now
            )
        }
    }

    static func noSuchStock(_ id: Int) -> CommerceError {
        .notFoundNamed(message: "Stock with id \"%value\" does not exist.", parameters: ["value": String(id)])
    }

    static func stock(id: Int, on db: any SQLDatabase) async throws -> InventoryStock {
        guard let row = try await db.raw("SELECT stock_id, name FROM inventory_stock WHERE stock_id = \(bind: id)").first() else {
            throw noSuchStock(id)
        }
        return try stock(from: row, channels: try await salesChannels(on: db, stockId: id))
    }

    /// Sales channels by stock id (the table holds one row per website, so reading it whole is cheap).
    static func salesChannels(on db: any SQLDatabase, stockId: Int? = nil) async throws -> [Int: [SalesChannel]] {
        let query: SQLQueryString = if let stockId {
            "SELECT type, code, stock_id FROM inventory_stock_sales_channel WHERE stock_id = \(bind: stockId) ORDER BY type, code"
        } else {
            "SELECT type, code, stock_id FROM inventory_stock_sales_channel ORDER BY type, code"
        }
        let rows = try await db.raw(query).all()
        var channels: [Int: [SalesChannel]] = [:]
        for row in rows {
            let channel = SalesChannel(type: try row.decode(column: "type", as: String.self), code: try row.decode(column: "code", as: String.self))
            channels[try row.decode(column: "stock_id", as: Int.self), default: []].append(channel)
        }
        return channels
    }

    static func stock(from row: any SQLRow, channels: [Int: [SalesChannel]]) throws -> InventoryStock {
        let id = try row.decode(column: "stock_id", as: Int.self)
        return InventoryStock(
            stockId: id, name: try row.decode(column: "name", as: String.self),
            extensionAttributes: InventoryStockExtension(salesChannels: channels[id] ?? [])
        )
    }
}
