import MagentoWire

extension SearchCriteria {
    /// The criteria in Magento's PHP bracket syntax:
    /// `searchCriteria[filter_groups][0][filters][0][field]=sku`, `…[condition_type]=eq`,
    /// `searchCriteria[sortOrders][0][field]=…`, `searchCriteria[pageSize]=…`, `searchCriteria[currentPage]=…`.
    /// Empty criteria are `searchCriteria=`, which Magento reads as "everything".
    public var queryItems: [QueryItem] {
        var items: [QueryItem] = []
        for (group, filterGroup) in filterGroups.enumerated() {
            for (index, filter) in filterGroup.filters.enumerated() {
                let prefix = "searchCriteria[filter_groups][\(group)][filters][\(index)]"
                items.append(QueryItem("\(prefix)[field]", filter.field))
                // `null` and `notnull` take no value, but Magento's binder wants the key present.
                items.append(QueryItem("\(prefix)[value]", filter.value ?? ""))
                if let condition = filter.conditionType { items.append(QueryItem("\(prefix)[condition_type]", condition)) }
            }
        }
        for (index, order) in (sortOrders ?? []).enumerated() {
            items.append(QueryItem("searchCriteria[sortOrders][\(index)][field]", order.field))
            if let direction = order.direction {
                items.append(QueryItem("searchCriteria[sortOrders][\(index)][direction]", direction))
            }
        }
        if let pageSize { items.append(QueryItem("searchCriteria[pageSize]", String(pageSize))) }
        if let currentPage { items.append(QueryItem("searchCriteria[currentPage]", String(currentPage))) }
        return items.isEmpty ? [QueryItem("searchCriteria", "")] : items
    }
}
