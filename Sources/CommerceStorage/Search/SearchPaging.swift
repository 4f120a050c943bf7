import MagentoWire

/// The LIMIT and OFFSET a searchCriteria asks for (reference §3.4).
struct SearchPaging: Equatable {
    /// `nil`: every row (no `page_size`, or 0).
    let limit: Int?
    let offset: Int

    init(_ criteria: SearchCriteria) {
        guard let size = criteria.pageSize, size > 0 else {
            // Without a page size Magento returns every row and ignores the page number.
            limit = nil
            offset = 0
            return
        }
        let page = max(1, criteria.currentPage ?? 1)
        let (product, overflow) = (page - 1).multipliedReportingOverflow(by: size)
        limit = size
        // An absurd page number is simply far past the end.
        offset = overflow ? Int.max : product
    }
}
