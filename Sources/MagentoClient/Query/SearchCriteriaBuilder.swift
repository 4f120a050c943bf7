import MagentoWire

/// Builds ``SearchCriteria`` fluently: each `where` call adds a group (groups are ANDed),
/// `whereAny` adds one group of alternatives (ORed).
///
/// ```swift
/// let criteria = SearchCriteriaBuilder()
///     .where("price", .gteq, "10")
///     .whereAny([("sku", .like, "MB-%"), ("type_id", .eq, "bundle")])
///     .sort("entity_id", .ascending)
///     .pageSize(100)
///     .build()
/// ```
public struct SearchCriteriaBuilder: Sendable {
    private var criteria: SearchCriteria

    public init(_ start: SearchCriteria = SearchCriteria()) {
        criteria = start
    }

    public func `where`(_ field: String, _ condition: Condition = .eq, _ value: String? = nil) -> Self {
        whereAny([(field, condition, value)])
    }

    public func whereAny(_ alternatives: [(String, Condition, String?)]) -> Self {
        var copy = self
        copy.criteria.filterGroups.append(FilterGroup(filters: alternatives.map {
            Filter(field: $0.0, value: $0.2, conditionType: $0.1.rawValue)
        }))
        return copy
    }

    /// `field in (a,b,c)`.
    public func `where`(_ field: String, in values: [String]) -> Self {
        self.where(field, .in, values.joined(separator: ","))
    }

    public func sort(_ field: String, _ direction: SortDirection = .ascending) -> Self {
        var copy = self
        copy.criteria.sortOrders = (copy.criteria.sortOrders ?? []) + [SortOrder(field: field, direction: direction.rawValue)]
        return copy
    }

    public func pageSize(_ size: Int) -> Self {
        var copy = self
        copy.criteria.pageSize = size
        return copy
    }

    public func page(_ number: Int) -> Self {
        var copy = self
        copy.criteria.currentPage = number
        return copy
    }

    public func build() -> SearchCriteria { criteria }

    /// Magento's `condition_type` values.
    public enum Condition: String, Sendable, CaseIterable {
        case eq, neq, gt, gteq, lt, lteq, like, nlike, `in`, nin, finset, nfinset, from, to, moreq, null, notnull
    }

    public enum SortDirection: String, Sendable {
        case ascending = "ASC", descending = "DESC"
    }
}
