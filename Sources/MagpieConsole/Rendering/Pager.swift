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
        return [
            "summary": "Page \(page) of \(pages) · \(total) in all",
            "previous": page > 1 ? link(page: page - 1) : nil as String? as Any,
            "next": page < pages ? link(page: page + 1) : nil as String? as Any,
        ]
    }

    func link(page: Int, extra more: String = "") -> String {
        "\(path)?page=\(page)&size=\(size)" + (query.isEmpty ? "" : "&" + query) + more
    }
}

/// The audit log's pager: the total is counted up to `AuditPager.countLimit` only (a million-row
/// log is not counted for each page view), and Next pages by keyset, `?before=<last id>` (the rows
/// older than the last one shown), so a page deep in the log costs what the first one does.
/// Previous steps back by `?page=` (offset).
struct AuditPager {
    static let countLimit = 1_000

    var pager: Pager
    /// The keyset the page was read with (`?before=`), if any.
    var before: Int?
    /// Rows matching on this page's terms (older than `before` when set), counted up to the limit.
    var counted: Int
    var lastId: Int?

    var values: [String: Any] {
        let (page, size) = (pager.page, pager.size)
        // Rows before this page: (page - 1) pages, whether reached by offset or by keyset.
        let skipped = before == nil ? 0 : (page - 1) * size
        let known = skipped + counted
        let capped = counted >= max(Self.countLimit, before == nil ? page * size + 1 : size + 1)
        let more = before == nil ? known > page * size : counted > size
        return [
            "summary": capped
                ? "Page \(page) · at least \(known) match"
                : "Page \(page) of \(max((known + size - 1) / size, 1)) · \(known) in all",
            "previous": page > 1 ? pager.link(page: page - 1) : nil as String? as Any,
            "next": more ? lastId.map { pager.link(page: page + 1, extra: "&before=\($0)") } as Any : nil as String? as Any,
        ]
    }
}
