import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// The storefront catalog read: one statement for the matching products' sort keys and facet
/// values, one for their category links, one for a page of products; never one per product.
///
/// Attribute values are read with the same expressions searchCriteria uses (the view's own value,
/// then the default), so GraphQL filters and REST searches agree on what a product's value is.
public struct SQLCatalogSearch: CatalogSearchRepository {
    let provider: any DatabaseProvider
    let attributes: SQLProductAttributeRepository

    public init(provider: any DatabaseProvider, attributes: SQLProductAttributeRepository) {
        self.provider = provider
        self.attributes = attributes
    }

    public func match(_ query: CatalogQuery, scope: CatalogScope) async throws -> [CatalogMatch] {
        let table = ProductSearchTable.make(definitions: try await attributes.definitions(), scope: scope, engine: provider.engine)
        let engine = provider.engine
        let facets = query.facets.filter { table.fields[$0] != nil }
        let words = query.words
        let filter = try CatalogConditions(query: query, table: table, engine: engine).whereClause
        var columns = "catalog_product.entity_id, catalog_product.sku, catalog_product.price, \(Self.read("name", table)) AS name"
        for (index, code) in facets.enumerated() { columns += ", \(Self.read(code, table)) AS f\(index)" }
        if !words.isEmpty { columns += ", \(Self.read("description", table)) AS description" }
        let select = SQLQueryString("SELECT \(unsafeRaw: columns) FROM catalog_product WHERE ") + filter
        let links = SQLQueryString("""
            SELECT product_id, category_id, position FROM catalog_category_product
            WHERE product_id IN (SELECT catalog_product.entity_id FROM catalog_product WHERE
            """) + SQLQueryString(" ") + filter + SQLQueryString(")")
        let (rows, linkRows) = try await provider.read { db in
            (try await db.raw(select).all(), try await db.raw(links).all())
        }
        var categories: [Int: [Int: Int]] = [:]
        for row in linkRows {
            let product = try row.decode(column: "product_id", as: Int.self)
            categories[product, default: [:]][try row.decode(column: "category_id", as: Int.self)] =
                try row.decode(column: "position", as: Int?.self) ?? 0
        }
        return try rows.map { row in
            let id = try row.decode(column: "entity_id", as: Int.self)
            let sku = try row.decode(column: "sku", as: String.self)
            let name = try row.decode(column: "name", as: String?.self) ?? ""
            var values: [String: String] = [:]
            for (index, code) in facets.enumerated() {
                if let value = try? row.decode(column: "f\(index)", as: String?.self) { values[code] = value }
            }
            let description = words.isEmpty ? "" : (try row.decode(column: "description", as: String?.self) ?? "")
            return CatalogMatch(
                id: id, sku: sku, name: name,
                price: try row.decodeNil(column: "price") ? 0 : try ExactDecimal.decode(row, column: "price", engine: engine),
                categories: categories[id] ?? [:], facets: values,
                relevance: Self.relevance(words, name: name, sku: sku, description: description)
            )
        }
    }

    public func products(ids: [Int], scope: CatalogScope) async throws -> [Product] {
        guard !ids.isEmpty else { return [] }
        let loader = ProductLoader(engine: provider.engine, scope: scope)
        let list = SQLList(ids.map { SQLBind($0) })
        let loaded = try await provider.read { db in
            let condition: SQLQueryString = "catalog_product.entity_id IN (\(list))"
            return try await loader.load(where: condition, on: db)
        }
        let byId = Dictionary(loaded.compactMap { product in product.id.map { ($0, product) } }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { byId[$0] }
    }

    public func products(skus: [String], scope: CatalogScope) async throws -> [Product] {
        guard !skus.isEmpty else { return [] }
        let loader = ProductLoader(engine: provider.engine, scope: scope)
        let list = SQLList(skus.map { SQLBind($0.lowercased()) })
        let loaded = try await provider.read { db in
            let condition: SQLQueryString = "catalog_product.sku_key IN (\(list))"
            return try await loader.load(where: condition, on: db)
        }
        let bySku = Dictionary(loaded.compactMap { product in product.sku.map { ($0.lowercased(), product) } }, uniquingKeysWith: { first, _ in first })
        return skus.compactMap { bySku[$0.lowercased()] }
    }

    /// The expression that reads a field (an attribute's value, or a column).
    static func read(_ code: String, _ table: SearchableTable) -> String {
        guard let field = table.fields[code] else { return "NULL" }
        return field.expression ?? "catalog_product.\(field.column)"
    }

    /// Name hits weigh 3, SKU 2, description 1, per word.
    static func relevance(_ words: [String], name: String, sku: String, description: String) -> Int {
        let name = name.lowercased(), sku = sku.lowercased(), description = description.lowercased()
        return words.reduce(0) { score, word in
            score + (name.contains(word) ? 3 : 0) + (sku.contains(word) ? 2 : 0) + (description.contains(word) ? 1 : 0)
        }
    }
}
