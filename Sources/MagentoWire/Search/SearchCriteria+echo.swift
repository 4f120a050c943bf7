extension SearchCriteria {
    /// The criteria as Magento echoes them in `search_criteria`: as sent, with sort directions
    /// upper-cased where one was given. Call after the query ran, so the directions are known valid.
    public var echoed: SearchCriteria {
        var copy = self
        copy.sortOrders = sortOrders?.map { order in
            SortOrder(field: order.field, direction: order.direction.map { $0.isEmpty ? $0 : $0.uppercased() })
        }
        return copy
    }
}
