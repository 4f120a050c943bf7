import SQLKit

/// Per-store counters for visible numbers (`increment_id`) and for ids that live inside
/// documents (addresses, history entries, comments).
enum SalesSequence {
    /// The next value of `type` in `storeId`, inside the caller's transaction.
    static func next(_ type: String, storeId: Int, on db: any SQLDatabase) async throws -> Int {
        let row = try await db.raw("""
            INSERT INTO sales_sequence (entity_type, store_id, last_value) VALUES (\(bind: type), \(bind: storeId), 1)
            ON CONFLICT (entity_type, store_id) DO UPDATE SET last_value = sales_sequence.last_value + 1
            RETURNING last_value
            """).first()
        return try row?.decode(column: "last_value", as: Int.self) ?? 1
    }

    /// Magento's `increment_id`: nine digits, prefixed with the store id outside the default store
    /// (`000000001`, `2000000001`).
    static func incrementId(_ type: String, storeId: Int, on db: any SQLDatabase) async throws -> String {
        let value = try await next(type, storeId: storeId, on: db)
        let digits = String(value)
        let padded = String(repeating: "0", count: max(0, 9 - digits.count)) + digits
        return storeId > 1 ? "\(storeId)\(padded)" : padded
    }
}
