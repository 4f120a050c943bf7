import CommerceDomain
import Foundation
import SQLKit

/// A `CatalogQuery` as a WHERE clause on `catalog_product`: enabled, visible, in the categories,
/// every condition and the full-text search (`CatalogFullText`). Values are bound; field names come from the
/// searchCriteria whitelist only.
struct CatalogConditions {
    let query: CatalogQuery
    let table: SearchableTable
    let engine: DatabaseEngine
    /// The view whose search documents the full text reads.
    let storeId: Int

    var whereClause: SQLQueryString {
        get throws {
            let visibility = SQLList(query.visibility.map { SQLBind($0) })
            var clause: SQLQueryString = """
                \(unsafeRaw: SQLCatalogSearch.read("status", table)) = 1 \
                AND \(unsafeRaw: SQLCatalogSearch.read("visibility", table)) IN (\(visibility))
                """
            if let categories = query.categoryIds {
                let ids = SQLList((categories.isEmpty ? [-1] : categories).map { SQLBind($0) })
                let membership: SQLQueryString = """
                     AND EXISTS (SELECT 1 FROM catalog_category_product c WHERE c.product_id = catalog_product.entity_id \
                    AND c.category_id IN (\(ids)))
                    """
                clause = clause + membership
            }
            for code in query.conditions.keys.sorted() {
                guard let condition = query.conditions[code] else { continue }
                clause = clause + SQLQueryString(" AND ") + (try self.condition(code, condition))
            }
            if let fullText = CatalogFullText(query.text) {
                clause = clause + SQLQueryString(" AND catalog_product.entity_id IN (SELECT product_id FROM (")
                    + fullText.matches(storeId: storeId, engine: engine) + SQLQueryString(") search)")
            }
            return clause
        }
    }

    func condition(_ code: String, _ condition: CatalogQuery.Condition) throws -> SQLQueryString {
        guard table.fields[code] != nil else { return SQLQueryString("1 = 0") }
        let read = SQLCatalogSearch.read(code, table)
        switch condition {
        case .anyOf(let values):
            guard !values.isEmpty else { return SQLQueryString("1 = 0") }
            if code == "sku" || code == "url_key" {
                let lowered = SQLList(values.map { SQLBind($0.lowercased()) })
                let clause: SQLQueryString = "LOWER(\(unsafeRaw: read)) IN (\(lowered))"
                return clause
            }
            // A multiselect holds comma-separated ids: any listed id matches.
            let list = SQLList(values.map { SQLBind($0) })
            var any: SQLQueryString = "(\(unsafeRaw: read) IN (\(list))"
            for value in values {
                any = any + SQLQueryString(" OR (',' || \(unsafeRaw: read) || ',') LIKE \(bind: "%," + Self.escapedLike(value) + ",%") ESCAPE '\\'")
            }
            return any + SQLQueryString(")")
        case .contains(let text):
            return SQLQueryString("LOWER(\(unsafeRaw: read)) LIKE \(bind: "%" + Self.escapedLike(text.lowercased()) + "%") ESCAPE '\\'")
        case .range(let from, let to):
            var clause = SQLQueryString("1 = 1")
            let isPrice = code == "price"
            let number = isPrice ? "catalog_product.price" : read
            if let from {
                clause = clause + SQLQueryString(" AND \(unsafeRaw: number) >= ") + bound(from, exact: isPrice)
            }
            if let to {
                clause = clause + SQLQueryString(" AND \(unsafeRaw: number) <= ") + bound(to, exact: isPrice)
            }
            return clause
        }
    }

    func bound(_ value: Decimal, exact: Bool) -> SQLQueryString {
        let bind = exact ? SQLBind(ExactDecimal.comparable(value, engine: engine)) : SQLBind(NSDecimalNumber(decimal: value).doubleValue)
        let clause: SQLQueryString = "\(bind)"
        return clause
    }

    static func escapedLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}
