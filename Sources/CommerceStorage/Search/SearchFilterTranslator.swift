import CommerceDomain
import MagentoWire
import SQLKit

/// Turns searchCriteria filter groups into a bound SQL condition: filters in a group are ORed,
/// groups are ANDed (reference §3.1–3.2). Field names come only from the table's whitelist and
/// every value is a bound parameter.
struct SearchFilterTranslator {
    let table: SearchableTable
    let engine: DatabaseEngine

    /// `nil` when there is nothing to filter on.
    func condition(for groups: [FilterGroup]) throws -> (any SQLExpression)? {
        var conjuncts: [any SQLExpression] = []
        for group in groups where !group.filters.isEmpty {
            let disjuncts = try group.filters.map(expression(for:))
            conjuncts.append(SQLGroupExpression(SQLList(disjuncts, separator: SQLRaw(" OR "))))
        }
        guard !conjuncts.isEmpty else { return nil }
        return SQLList(conjuncts, separator: SQLRaw(" AND "))
    }

    func expression(for filter: Filter) throws -> any SQLExpression {
        guard !filter.field.isEmpty else {
            throw CommerceError.invalidInput(message: "Invalid search filter: %1 cannot be empty.", parameters: ["field"])
        }
        guard let field = table.fields[filter.field] else {
            throw CommerceError.invalidInput(message: "Invalid attribute identifier for filter (%1)", parameters: [filter.field])
        }
        let condition = FilterCondition(magentoName: filter.conditionType)
        let value = filter.value ?? ""
        if condition == .regexp {
            // Only patterns the linear-time matcher reads are sent to either engine; anything
            // else (`(`, backreferences, huge counted repeats) is the caller's mistake.
            do { _ = try LinearRegex(value) } catch { throw ClientArithmetic.invalidValue(filter.field, value) }
        }
        if let membership = field.membership {
            return try membershipExpression(condition, of: filter, field: field, subquery: membership)
        }
        if condition.isPatternMatch {
            return patternExpression(condition, column: field.textExpression(engine: engine), value: value)
        }
        let column = field.columnExpression
        switch condition {
        case .null:
            return SQLQueryString("\(column) IS NULL")
        case .notNull:
            return SQLQueryString("\(column) IS NOT NULL")
        case .in, .nin:
            // PHP's explode: no trimming, and empty pieces are kept.
            let values = try value.split(separator: ",", omittingEmptySubsequences: false)
                .map { try field.bindable(String($0), engine: engine) }
            let list = SQLGroupExpression(SQLList(values.map(SQLBind.init)))
            return SQLQueryString("\(column) \(unsafeRaw: condition == .in ? "IN" : "NOT IN") \(list)")
        default:
            let bound = SQLBind(try field.bindable(value, engine: engine))
            return SQLQueryString("\(column) \(unsafeRaw: Self.comparisonOperator(condition)) \(bound)")
        }
    }

    /// Magento's category filter: `eq` and `in` keep rows with any of the values, `neq` and `nin`
    /// rows with none of them (its `mapConditionType`). Other conditions have no meaning for a set
    /// of values; Magento fails on them in SQL, we refuse them as the caller's mistake.
    private func membershipExpression(
        _ condition: FilterCondition, of filter: Filter, field: SearchableField, subquery: String
    ) throws -> any SQLExpression {
        let value = filter.value ?? ""
        let pieces: [String]
        switch condition {
        case .eq, .neq: pieces = [value]
        case .in, .nin: pieces = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        default:
            throw CommerceError.invalidInput(
                message: "Invalid condition type \"%1\" for the field \"%2\"; use eq, neq, in or nin.",
                parameters: [filter.conditionType ?? "eq", filter.field]
            )
        }
        let values = try pieces.map { SQLBind(try field.bindable($0, engine: engine)) }
        let any = SQLList(values.map { SQLQueryString("\($0) IN (\(unsafeRaw: subquery))") }, separator: SQLRaw(" OR "))
        return condition == .eq || condition == .in ? SQLGroupExpression(any) : SQLQueryString("NOT (\(any))")
    }

    private func patternExpression(_ condition: FilterCondition, column: any SQLExpression, value: String) -> any SQLExpression {
        // MySQL compares case-insensitively under Magento's `_ci` collations; SQLite's LIKE already
        // does for ASCII, PostgreSQL needs ILIKE and `~*`.
        let like = engine == .postgres ? "ILIKE" : "LIKE"
        switch condition {
        case .nlike:
            return SQLQueryString("\(column) NOT \(unsafeRaw: like) \(bind: value)")
        case .fulltext:
            // Magento's FilterProcessor rewrites fulltext on plain collections to like %value%.
            return SQLQueryString("\(column) \(unsafeRaw: like) \(bind: "%" + value + "%")")
        case .finset, .nfinset:
            // FIND_IN_SET(value, column) without MySQL: look for ",value," in ",column,".
            let match = SQLQueryString("(',' || \(column) || ',') LIKE ('%,' || \(bind: value) || ',%')")
            return condition == .finset ? match : SQLQueryString("NOT \(match)")
        case .regexp:
            return SQLQueryString("\(column) \(unsafeRaw: engine == .postgres ? "~*" : "REGEXP") \(bind: value)")
        default:
            return SQLQueryString("\(column) \(unsafeRaw: like) \(bind: value)")
        }
    }

    private static func comparisonOperator(_ condition: FilterCondition) -> String {
        switch condition {
        case .neq: "<>"
        case .gt: ">"
        case .lt: "<"
        case .gteq: ">="
        case .lteq: "<="
        default: "="
        }
    }
}
