import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

extension SQLProductRepository {
    public func modifyProduct<T: Sendable>(
        sku: String, _ change: @escaping @Sendable (inout Product, inout CatalogIdAllocator) throws -> T
    ) async throws -> T {
        let engine = provider.engine
        let definitions = try await attributes.definitions()
        let now = MagentoTimestamp.string(from: clock.now())
        return try await provider.transaction { db in
            guard var product = try await ProductLoader(engine: engine, scope: .global).load(sku: sku, on: db),
                  let id = product.id else { throw Self.noSuchProduct }
            let before = Self.defaultValues(product)
            var allocator = try await Self.loadAllocator(on: db)
            let result = try change(&product, &allocator)
            allocator.assignMissingIds(&product)
            product.updatedAt = now
            _ = try await Self.writeRow(product, id: id, on: db, engine: engine)
            if Self.defaultValues(product) != before {
                try await Self.writeValues(product, id: id, definitions: definitions, viewValues: [], storeId: 0, on: db)
            }
            try await Self.storeAllocator(allocator, on: db)
            try await Outbox.append(
                DomainEvent(
                    type: "product.updated", entityType: "product", entityId: product.sku ?? sku,
                    payload: "{\"id\":\(id),\"sku\":\(JSONValue.string(product.sku ?? sku).jsonString)}"
                ),
                on: db, at: now
            )
            return result
        }
    }

    /// The id counters, locked for this transaction on PostgreSQL (SQLite has one writer).
    static func loadAllocator(on db: any SQLDatabase) async throws -> CatalogIdAllocator {
        let lock = DatabaseEngine(dialectOf: db) == .postgres ? " FOR UPDATE" : ""
        var last: [CatalogIdAllocator.Kind: Int] = [:]
        for row in try await db.raw("SELECT name, value FROM catalog_sequence\(unsafeRaw: lock)").all() {
            if let kind = CatalogIdAllocator.Kind(rawValue: try row.decode(column: "name", as: String.self)) {
                last[kind] = try row.decode(column: "value", as: Int.self)
            }
        }
        return CatalogIdAllocator(last: last)
    }

    static func storeAllocator(_ allocator: CatalogIdAllocator, on db: any SQLDatabase) async throws {
        for (kind, value) in allocator.last {
            try await db.raw("UPDATE catalog_sequence SET value = \(bind: value) WHERE name = \(bind: kind.rawValue) AND value < \(bind: value)").run()
        }
    }
}
