import CommerceDomain
import MagentoWire
import SQLKit

extension SQLInventoryRepository {
    public func modifySourceItems<Value: Sendable>(
        skus: [String], _ change: @escaping @Sendable ([SourceItem]) throws -> SourceItemChange<Value>
    ) async throws -> Value {
        let engine = provider.engine
        let keys = Array(Set(skus.map { $0.lowercased() }))
        return try await provider.sharedTransaction {
            let current = try await provider.read { db -> [SourceItem] in
                guard !keys.isEmpty else { return [] }
                let list = SQLList(keys.map { SQLBind($0) })
                // SKUs match case-insensitively, as the product's own key does.
                let lock = engine == .postgres ? " FOR UPDATE" : ""
                let query: SQLQueryString = "SELECT sku, source_code, quantity, status FROM inventory_source_item WHERE LOWER(sku) IN (\(list))\(unsafeRaw: lock)"
                return try await db.raw(query).all().map { try Self.sourceItem(from: $0, engine: engine) }
            }
            let result = try change(current)
            if !result.save.isEmpty { try await saveSourceItems(result.save) }
            if !result.delete.isEmpty { try await deleteSourceItems(result.delete) }
            return result.value
        }
    }
}
