import CommerceDomain
import MagentoWire
import SQLKit

/// One searchCriteria list query over a whitelisted table: the page of rows and the total count.
///
/// Everything is validated before any SQL runs, so a bad field or direction costs no query.
/// Paging differs from Magento in one deliberate way: a `current_page` past the last page returns
/// no items (with the true `total_count`) instead of repeating the last page, because clients
/// that page "until items is empty" loop forever on Magento's behaviour.
public struct SearchQuery: Sendable {
    public var criteria: SearchCriteria
    public var table: SearchableTable
    /// Columns to select; `nil` selects every column.
    public var columns: [String]?
    /// A condition ANDed with the client's filters (a customer's own orders, one store's rows).
    public var constraint: (any SQLExpression)?
    /// A select list and FROM clause used for the page instead of `columns` and the table (joins
    /// that load each row whole in the same statement); the count still reads the table alone.
    public var selection: (any SQLExpression)?
    public var source: (any SQLExpression)?
    /// The count reads `source` too (a source that only narrows the table, one row per row).
    public var countsSource = false
    /// Count at most this many matching rows: `total_count` is then the smaller of the true count
    /// and this (never less than reaches past the requested page). Counting a million matches costs
    /// what reading them costs; a console needs "more than 1,000", not the exact figure.
    public var countLimit: Int?

    public init(
        _ criteria: SearchCriteria, table: SearchableTable, columns: [String]? = nil,
        constraint: (any SQLExpression)? = nil
    ) {
        self.criteria = criteria
        self.table = table
        self.columns = columns
        self.constraint = constraint
    }

    public func run(on db: any SQLDatabase) async throws -> SearchPage<any SQLRow> {
        let engine = DatabaseEngine(dialectOf: db)
        var conditions: [any SQLExpression] = []
        if let constraint { conditions.append(SQLGroupExpression(constraint)) }
        if let filters = try SearchFilterTranslator(table: table, engine: engine).condition(for: criteria.filterGroups) {
            conditions.append(filters)
        }
        let whereClause: any SQLExpression = conditions.isEmpty
            ? SQLRaw("")
            : SQLQueryString(" WHERE \(SQLList(conditions, separator: SQLRaw(" AND ")))")
        let orderBy = try SearchOrdering(table: table).orderBy(criteria.sortOrders)
        let paging = SearchPaging(criteria)

        let selected: any SQLExpression = selection ?? columns.map { names in SQLList(names.map { SQLIdentifier($0) }) } ?? SQLRaw("*")
        let from: any SQLExpression = source ?? SQLIdentifier(table.table)
        let select = SQLQueryString("SELECT \(selected) FROM \(from)\(whereClause) ORDER BY \(orderBy)")
        let counted: any SQLExpression = countsSource ? from : SQLIdentifier(table.table)
        let count = countLimit.map { countLimit in
            let cap = max(countLimit, paging.offset.addingReportingOverflow((paging.limit ?? 0) + 1).partialValue)
            return SQLQueryString("SELECT COUNT(*) AS total FROM (SELECT 1 FROM \(counted)\(whereClause) LIMIT \(literal: cap)) AS capped")
        } ?? SQLQueryString("SELECT COUNT(*) AS total FROM \(counted)\(whereClause)")

        guard let limit = paging.limit else {
            let rows = try await db.raw(select).all()
            return SearchPage(items: rows, totalCount: rows.count)
        }
        if paging.offset == 0 {
            // First page: a short page is the whole result, so the count query is often not needed.
            let rows = try await db.raw("\(select) LIMIT \(literal: limit)").all()
            let total = rows.count < limit ? rows.count : try await Self.total(count, on: db)
            return SearchPage(items: rows, totalCount: total)
        }
        // Later pages count first: a page past the end then costs no OFFSET scan at all.
        let total = try await Self.total(count, on: db)
        guard paging.offset < total else { return SearchPage(items: [], totalCount: total) }
        let rows = try await db.raw("\(select) LIMIT \(literal: limit) OFFSET \(literal: paging.offset)").all()
        return SearchPage(items: rows, totalCount: total)
    }

    private static func total(_ count: SQLQueryString, on db: any SQLDatabase) async throws -> Int {
        try await db.raw(count).first()?.decode(column: "total", as: Int.self) ?? 0
    }
}
