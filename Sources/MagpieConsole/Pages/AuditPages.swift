import CommerceDomain
import Foundation
import HTTPTypes
import MagentoREST
import MagentoWire

/// The audit log (filter by time, caller, method, path, status, entity; export CSV) and the
/// change feed, read through `/V1/audit/search`, `/V1/audit/export` and `/V1/events`.
enum AuditPages {
    static let all = [
        ConsolePage(.get, "/audit", access: .route(.get, "/V1/audit/search")) { call in
            let (size, page) = call.paging
            let filters = AuditFilters(call.query)
            // Next pages by keyset (rows older than the last one shown); see `AuditPager`.
            let before = Int(call.query["before"] ?? "")
            let keyset = before.map { "&" + AuditFilters.group(filters.count, ("id", String($0), "lt")) } ?? ""
            let answer = try await call.api.get(
                "/rest/V1/audit/search?" + filters.criteria + keyset
                    + "&searchCriteria%5BpageSize%5D=\(size)&searchCriteria%5BcurrentPage%5D=\(before == nil ? page : 1)"
                    + "&searchCriteria%5BsortOrders%5D%5B0%5D%5Bfield%5D=id&searchCriteria%5BsortOrders%5D%5B0%5D%5Bdirection%5D=DESC"
                    + "&countLimit=\(AuditPager.countLimit)"
            )
            let counted = Int(answer.json?["total_count"]?.displayText ?? "") ?? 0
            let items = answer.json?["items"]?.arrayValue ?? []
            var values = filters.values
            values["records"] = answer.json?["items"]?.templateValue ?? []
            values["problem"] = answer.succeeded ? nil : answer.message
            values["exportQuery"] = filters.encoded
            values["pager"] = AuditPager(
                pager: Pager(page: page, size: size, total: counted, path: call.prefix + "/audit", query: filters.encoded),
                before: before, counted: counted, lastId: items.last.flatMap { Int($0["id"]?.displayText ?? "") }
            ).values
            return call.page("audit", title: "Audit log", values)
        },
        ConsolePage(.get, "/audit.csv", access: .route(.get, "/V1/audit/export")) { call in
            let filters = AuditFilters(call.query)
            let answer = try await call.api.get(
                "/rest/V1/audit/export?" + filters.criteria
                    + "&searchCriteria%5BsortOrders%5D%5B0%5D%5Bfield%5D=id&searchCriteria%5BsortOrders%5D%5B0%5D%5Bdirection%5D=DESC"
            )
            guard answer.succeeded else { return call.redirect("/audit", problem: answer.message) }
            return .download(answer.text, contentType: "text/csv; charset=utf-8", filename: "magpie-audit.csv")
        },
        ConsolePage(.get, "/events", access: .route(.get, "/V1/events")) { call in
            let after = Int(call.query["after"] ?? "") ?? 0
            let types = call.query["types"] ?? ""
            let answer = try await call.api.get(
                "/rest/V1/events?after=\(after)&limit=50" + (types.isEmpty ? "" : "&types=" + ConsoleCall.queryEncoded(types))
            )
            let next = answer.json?["next_cursor"]?.displayText ?? ""
            return call.page("events", title: "Change feed", [
                "events": answer.json?["items"]?.arrayValue?.map { item -> Any in
                    var row = item.templateValue as? [String: Any] ?? [:]
                    row["payloadText"] = item["payload"]?.displayText ?? ""
                    return row
                } ?? [],
                "types": types,
                "next": answer.json?["has_more"]?.boolValue == true
                    ? "\(call.prefix)/events?after=\(next)&types=\(ConsoleCall.queryEncoded(types))" : nil as String? as Any,
            ])
        },
    ]
}

/// The audit page's filter form as searchCriteria: each filled field one filter group (AND).
struct AuditFilters {
    var from, to, user, method, path, status, entity: String?

    init(_ query: FormFields) {
        from = query["from"]
        to = query["to"]
        user = query["user"]
        method = query["method"]?.uppercased()
        path = query["path"]
        status = query["status"]
        entity = query["entity"]
    }

    private var filters: [(field: String, value: String, condition: String)] {
        var list: [(String, String, String)] = []
        if let from { list.append(("created_at", Self.timestamp(from), "gteq")) }
        if let to { list.append(("created_at", Self.timestamp(to), "lteq")) }
        if let user { list.append(("user_id", user, "eq")) }
        if let method { list.append(("method", method, "eq")) }
        if let path { list.append(("path", "%" + path + "%", "like")) }
        if let status { list.append(("status", status, "eq")) }
        if let entity { list.append(("entity_ids", "%" + entity + "%", "like")) }
        return list
    }

    /// `datetime-local` sends `2026-12-07T10:15`; the log stores `2026-12-07 10:15:00`.
    static func timestamp(_ text: String) -> String {
        let spaced = text.replacingOccurrences(of: "T", with: " ")
        return spaced.count == 16 ? spaced + ":00" : spaced
    }

    var count: Int { filters.count }

    var criteria: String {
        filters.enumerated().map { index, filter in Self.group(index, filter) }.joined(separator: "&")
    }

    /// One filter group of one filter, as query text.
    static func group(_ index: Int, _ filter: (field: String, value: String, condition: String)) -> String {
        let prefix = "searchCriteria%5BfilterGroups%5D%5B\(index)%5D%5Bfilters%5D%5B0%5D"
        return "\(prefix)%5Bfield%5D=\(filter.field)&\(prefix)%5Bvalue%5D=\(ConsoleCall.queryEncoded(filter.value))"
            + "&\(prefix)%5BconditionType%5D=\(filter.condition)"
    }

    /// The form's own fields, to keep them in paging and export links.
    var encoded: String {
        [("from", from), ("to", to), ("user", user), ("method", method), ("path", path), ("status", status), ("entity", entity)]
            .compactMap { name, value in value.map { "\(name)=\(ConsoleCall.queryEncoded($0))" } }
            .joined(separator: "&")
    }

    var values: [String: Any] {
        ["from": from as Any, "to": to as Any, "user": user as Any, "method": method as Any, "path": path as Any,
         "status": status as Any, "entity": entity as Any]
    }
}
