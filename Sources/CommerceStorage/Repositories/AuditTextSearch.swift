import MagentoWire
import SQLKit

/// "Path contains" and "entity contains" on SQLite's audit log, read through the FTS5 trigram
/// tables of migration 0031, which SQLite's planner never picks for a `LIKE` on the table itself.
///
/// The query walks the FTS matches newest first (`rowid` order, which FTS5 gives without
/// sorting) and looks each row up by its id, so a page stops after its rows whether the pattern
/// matches ten calls or half the log. Every filter is still applied to the row itself, so the
/// trigram match only narrows the candidates and the results are exactly the plain query's.
/// Used when a filter group is one `like` on `path` or `entity_ids` and the order is by `id`
/// alone (the console's and the export's); anything else runs as a plain query.
enum AuditTextSearch {
    /// Column to its trigram table.
    static let tables = ["path": "magpie_audit_path_text", "entity_ids": "magpie_audit_entity_text"]

    static func query(_ criteria: SearchCriteria, fields: SearchableTable) -> SearchQuery? {
        guard let sort = criteria.sortOrders, sort.count == 1, sort[0].field == "id" else { return nil }
        let driving = criteria.filterGroups.lazy.compactMap { group -> Filter? in
            guard group.filters.count == 1, let filter = group.filters.first, tables[filter.field] != nil,
                  FilterCondition(magentoName: filter.conditionType) == .like, let value = filter.value, !value.isEmpty
            else { return nil }
            return filter
        }.first
        guard let driving, let pattern = driving.value, let text = tables[driving.field] else { return nil }
        // The page orders by the FTS rowid (the audit id) so that SQLite reads matches in order.
        var table = fields
        table.primaryKey = "text_hits.hit"
        table.fields["id"] = SearchableField(expression: "text_hits.hit", kind: .integer)
        var query = SearchQuery(criteria, table: table)
        query.selection = SQLRaw("magpie_audit.*")
        query.source = SQLQueryString("""
            (SELECT rowid AS hit FROM \(ident: text) WHERE \(ident: driving.field) LIKE \(bind: pattern)) AS text_hits \
            CROSS JOIN magpie_audit ON magpie_audit.id = text_hits.hit
            """)
        query.countsSource = true
        return query
    }
}
