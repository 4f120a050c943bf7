import CommerceDomain
import Foundation
import SQLKit

/// The storefront search text against the full-text index of migration 0020: every term must
/// start a word of the product's name, SKU or description (Magento matches word prefixes), and
/// the score ranks name above SKU above description.
///
/// The text is cut into terms of letters and digits before it reaches the engine, so quotes,
/// operators and other punctuation in what a shopper types can never form query syntax.
struct CatalogFullText {
    let terms: [String]

    /// Nil when the text holds no words at all (no search); terms may be empty when it holds
    /// only punctuation, which matches nothing.
    init?(_ text: String?) {
        guard let text, text.contains(where: { !$0.isWhitespace }) else { return nil }
        terms = text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// `SELECT product_id, score` of the documents that match, one per product: the view's own
    /// document where the product has one, else the default one. Higher scores rank first.
    func matches(storeId: Int, engine: DatabaseEngine) -> SQLQueryString {
        guard !terms.isEmpty else { return "SELECT 0 AS product_id, 0.0 AS score WHERE 1 = 0" }
        switch engine {
        case .sqlite:
            // FTS5 strings: each term quoted (a quote inside doubled) and marked as a prefix.
            let match = terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }.joined(separator: " AND ")
            let scope = storeId == 0
                ? "catalog_product_fts.rowid % 4096 = 0"
                : """
                    (catalog_product_fts.rowid % 4096 = \(storeId) OR (catalog_product_fts.rowid % 4096 = 0 AND NOT EXISTS \
                    (SELECT 1 FROM catalog_product_fts o WHERE o.rowid = catalog_product_fts.rowid + \(storeId))))
                    """
            return """
                SELECT catalog_product_fts.rowid / 4096 AS product_id, -bm25(catalog_product_fts, 10.0, 5.0, 1.0) AS score \
                FROM catalog_product_fts WHERE catalog_product_fts MATCH \(bind: match) AND \(unsafeRaw: scope)
                """
        case .postgres:
            // tsquery lexemes quoted; terms hold no quotes, being letters and digits only.
            let query = terms.map { "'" + $0 + "':*" }.joined(separator: " & ")
            let scope = storeId == 0
                ? "s.store_id = 0"
                : """
                    (s.store_id = \(storeId) OR (s.store_id = 0 AND NOT EXISTS \
                    (SELECT 1 FROM catalog_product_search o WHERE o.product_id = s.product_id AND o.store_id = \(storeId))))
                    """
            return """
                SELECT s.product_id AS product_id, CAST(ts_rank(s.document, q.query) AS DOUBLE PRECISION) AS score \
                FROM catalog_product_search s, to_tsquery('simple', \(bind: query)) AS q(query) \
                WHERE s.document @@ q.query AND \(unsafeRaw: scope)
                """
        }
    }
}
