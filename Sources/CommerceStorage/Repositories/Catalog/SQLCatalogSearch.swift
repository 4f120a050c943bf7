import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// The storefront catalog read: one statement for the matching products' sort keys, facet
/// values and category links (and, for a search, one for the full-text scores), one for a page
/// of products; never one per product.
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
        let fullText = CatalogFullText(query.text)
        if let fullText, fullText.terms.isEmpty { return [] }
        let filter = try CatalogConditions(query: query, table: table, engine: engine, storeId: scope.storeId).whereClause
        // One row per match and few columns: facet values and category links ride as one JSON
        // text each, so the filter runs once and a row costs the same decodes whatever the facets.
        let facetList = facets.map { Self.read($0, table) }.joined(separator: ", ")
        let facetColumn = switch engine {
        case .sqlite: "json_array(\(facetList))"
        case .postgres: "json_build_array(\(facetList))::text"
        }
        let columns = """
            catalog_product.entity_id, catalog_product.sku, catalog_product.price, \(Self.read("name", table)) AS name, \
            \(facets.isEmpty ? "NULL" : facetColumn) AS facets, \(ProductLoader.categoryLinks(engine)) AS category_links
            """
        let select = SQLQueryString("SELECT \(unsafeRaw: columns) FROM catalog_product WHERE ") + filter
        let scores = fullText?.matches(storeId: scope.storeId, engine: engine)
        let (rows, scoreRows) = try await provider.read { db in
            var scoreRows: [any SQLRow] = []
            if let scores { scoreRows = try await db.raw(scores).all() }
            return (try await db.raw(select).all(), scoreRows)
        }
        var relevance: [Int: Double] = [:]
        for row in scoreRows {
            relevance[try row.decode(column: "product_id", as: Int.self)] = try row.decode(column: "score", as: Double.self)
        }
        return try rows.map { row in
            let id = try row.decode(column: "entity_id", as: Int.self)
            var values: [String: String] = [:]
            if !facets.isEmpty, let text = try row.decode(column: "facets", as: String?.self), case .array(let items) = try JSONValue.parse(text) {
                for (code, item) in zip(facets, items) {
                    if case .string(let value) = item { values[code] = value }
                }
            }
            var categories: [Int: Int] = [:]
            for (category, position) in try ProductLoader.pairs(row, "category_links") {
                if let category = Int(category) { categories[category] = Int(position.stringText ?? "") ?? 0 }
            }
            return CatalogMatch(
                id: id, sku: try row.decode(column: "sku", as: String.self), name: try row.decode(column: "name", as: String?.self) ?? "",
                price: try row.decodeNil(column: "price") ? 0 : try ExactDecimal.decode(row, column: "price", engine: engine),
                categories: categories, facets: values, relevance: relevance[id] ?? 0
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
}
