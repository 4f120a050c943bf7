/// Previous/next links for a paged table (`?page=&size=`), searchCriteria's currentPage/pageSize.
struct Pager {
    var page: Int
    var size: Int
    var total: Int
    var path: String
    /// Other filters to keep in the links, already encoded (`method=GET&status=500`).
    var query = ""

    var values: [String: Any] {
        let pages = max((total + size - 1) / size, 1)
        let extra = query.isEmpty ? "" : "&" + query
        return [
            "page": String(page), "pages": String(pages), "total": String(total),
            "previous": page > 1 ? "\(path)?page=\(page - 1)&size=\(size)\(extra)" : nil as String? as Any,
            "next": page < pages ? "\(path)?page=\(page + 1)&size=\(size)\(extra)" : nil as String? as Any,
        ]
    }
}
