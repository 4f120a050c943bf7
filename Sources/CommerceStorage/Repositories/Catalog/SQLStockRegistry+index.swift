import CommerceDomain
import Foundation
import SQLKit

extension SQLStockRegistry {
    public func stockQuantities(stockId: Int, skus: [String]) async throws -> [String: Decimal] {
        guard !skus.isEmpty else { return [:] }
        let engine = provider.engine
        let list = SQLList(Set(skus.map { $0.lowercased() }).map { SQLBind($0) })
        return try await provider.read { db in
            let query: SQLQueryString = """
                SELECT LOWER(si.sku) AS sku_key, SUM(si.quantity) AS quantity FROM inventory_source_item si
                JOIN inventory_source_stock_link l ON l.source_code = si.source_code
                JOIN inventory_source s ON s.source_code = si.source_code
                WHERE l.stock_id = \(bind: stockId) AND si.status = 1 AND s.enabled = 1 AND LOWER(si.sku) IN (\(list))
                GROUP BY LOWER(si.sku)
                """
            var result: [String: Decimal] = [:]
            for row in try await db.raw(query).all() {
                result[try row.decode(column: "sku_key", as: String.self)] = try ExactDecimal.decode(row, column: "quantity", engine: engine)
            }
            return result
        }
    }

    public func reservedQuantities(stockId: Int, skus: [String]) async throws -> [String: Decimal] {
        guard !skus.isEmpty else { return [:] }
        let engine = provider.engine
        let list = SQLList(Set(skus.map { $0.lowercased() }).map { SQLBind($0) })
        return try await provider.read { db in
            let query: SQLQueryString = """
                SELECT LOWER(sku) AS sku_key, SUM(quantity) AS quantity FROM inventory_reservation
                WHERE stock_id = \(bind: stockId) AND LOWER(sku) IN (\(list)) GROUP BY LOWER(sku)
                """
            var result: [String: Decimal] = [:]
            for row in try await db.raw(query).all() {
                result[try row.decode(column: "sku_key", as: String.self)] = try ExactDecimal.decode(row, column: "quantity", engine: engine)
            }
            return result
        }
    }
}
