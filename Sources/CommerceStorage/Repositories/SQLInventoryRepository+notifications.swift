import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

extension SQLInventoryRepository {
    public func saveNotificationConfigurations(_ configurations: [SourceItemConfiguration]) async throws {
        try InventoryValidation.validate(configurations.map { SourceItem(sku: $0.sku, sourceCode: $0.sourceCode) })
        let engine = provider.engine
        try await provider.transaction { db in
            for configuration in configurations {
                let code = configuration.sourceCode ?? ""
                try await Self.requireSource(code, on: db)
                var threshold: any SQLExpression = SQLLiteral.null
                if let value = configuration.notifyStockQty {
                    threshold = SQLBind(try ExactDecimal.storable(value, engine: engine, field: "notify_stock_qty"))
                }
                try await db.raw("""
                    INSERT INTO inventory_low_stock_notification (source_code, sku, notify_stock_qty)
                    VALUES (\(bind: code), \(bind: configuration.sku ?? ""), \(threshold))
                    ON CONFLICT (source_code, sku) DO UPDATE SET notify_stock_qty = excluded.notify_stock_qty
                    """).run()
            }
        }
    }

    public func notificationThreshold(sourceCode: String, sku: String) async throws -> Decimal? {
        let engine = provider.engine
        return try await provider.read { db in
            try await Self.requireSource(sourceCode, on: db)
            guard let row = try await db.raw("""
                SELECT notify_stock_qty FROM inventory_low_stock_notification WHERE source_code = \(bind: sourceCode) AND sku = \(bind: sku)
                """).first(), !(try row.decodeNil(column: "notify_stock_qty")) else { return nil }
            return try ExactDecimal.decode(row, column: "notify_stock_qty", engine: engine)
        }
    }

    public func deleteNotificationConfigurations(_ items: [SourceItem]) async throws {
        try InventoryValidation.validate(items.map { SourceItem(sku: $0.sku, sourceCode: $0.sourceCode) })
        try await provider.transaction { db in
            for item in items {
                try await db.raw("""
                    DELETE FROM inventory_low_stock_notification WHERE source_code = \(bind: item.sourceCode ?? "") AND sku = \(bind: item.sku ?? "")
                    """).run()
            }
        }
    }
}
