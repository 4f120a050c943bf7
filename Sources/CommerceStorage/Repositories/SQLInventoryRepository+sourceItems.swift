import Foundation
import CommerceDomain
import MagentoWire
import SQLKit

extension SQLInventoryRepository {
    static let sourceItems = SearchableTable(
        table: "inventory_source_item", primaryKey: "source_item_id",
        fields: [
            "source_item_id": .init(column: "source_item_id", kind: .integer),
            "sku": .init(column: "sku", kind: .text),
            "source_code": .init(column: "source_code", kind: .text),
            "quantity": .init(column: "quantity", kind: .decimal),
            "status": .init(column: "status", kind: .integer),
        ]
    )

    public func searchSourceItems(_ criteria: SearchCriteria) async throws -> SearchPage<SourceItem> {
        let engine = provider.engine
        return try await provider.read { db in
            let page = try await SearchQuery(criteria, table: Self.sourceItems).run(on: db)
            return SearchPage(items: try page.items.map { try Self.sourceItem(from: $0, engine: engine) }, totalCount: page.totalCount)
        }
    }

    public func saveSourceItems(_ items: [SourceItem]) async throws {
        try InventoryValidation.validate(items)
        let engine = provider.engine
        let now = timestamp()
        let encoder = MagentoEncoder()
        try await provider.transaction { db in
            for item in items {
                let code = item.sourceCode ?? ""
                try await Self.requireSource(code, on: db)
                let quantity = item.quantity ?? 0
                try await db.raw("""
                    INSERT INTO inventory_source_item (source_code, sku, quantity, status)
                    VALUES (\(bind: code), \(bind: item.sku ?? ""), \(bind: try ExactDecimal.storable(quantity, engine: engine, field: "quantity")), \(bind: item.status ?? 0))
                    ON CONFLICT (sku, source_code) DO UPDATE SET quantity = excluded.quantity, status = excluded.status
                    """).run()
                if code == "default" {
                    // The legacy stock item is the default source's other view.
                    try await StockItemRows.mirrorFromDefaultSource(
                        sku: item.sku ?? "", quantity: quantity, status: item.status ?? 0, now: now, on: db, engine: engine
                    )
                } else {
                    try await db.raw("UPDATE catalog_product SET updated_at = \(bind: now) WHERE sku_key = \(bind: (item.sku ?? "").lowercased())").run()
                }
                let saved = SourceItem(sku: item.sku, sourceCode: code, quantity: quantity, status: item.status ?? 0)
                try await Outbox.append(
                    DomainEvent(
                        type: "inventory_source_item.saved", entityType: "inventory_source_item",
                        entityId: "\(code):\(item.sku ?? "")", payload: try encoder.encode(saved).jsonString
                    ),
                    on: db, at: now
                )
            }
        }
    }

    public func deleteSourceItems(_ items: [SourceItem]) async throws {
        try InventoryValidation.validate(items.map { SourceItem(sku: $0.sku, sourceCode: $0.sourceCode) })
        let now = timestamp()
        try await provider.transaction { db in
            for item in items {
                try await db.raw("""
                    DELETE FROM inventory_source_item WHERE sku = \(bind: item.sku ?? "") AND source_code = \(bind: item.sourceCode ?? "")
                    """).run()
                try await Outbox.append(
                    DomainEvent(
                        type: "inventory_source_item.deleted", entityType: "inventory_source_item",
                        entityId: "\(item.sourceCode ?? ""):\(item.sku ?? "")"
                    ),
                    on: db, at: now
                )
            }
        }
    }

    static func sourceItem(from row: any SQLRow, engine: DatabaseEngine) throws -> SourceItem {
        SourceItem(
            sku: try row.decode(column: "sku", as: String.self),
            sourceCode: try row.decode(column: "source_code", as: String.self),
            quantity: try ExactDecimal.decode(row, column: "quantity", engine: engine),
            status: try row.decode(column: "status", as: Int.self)
        )
    }
}
