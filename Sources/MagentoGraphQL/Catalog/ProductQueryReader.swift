import CommerceDomain
import Foundation
import MagentoWire

/// Turns `products(search, filter, …)` arguments into a `CatalogQuery`, with Magento's input
/// errors for what cannot be read.
struct ProductQueryReader {
    let fields: [String: ProductFilterInput.Kind]
    let categories: CategoryIndex?

    func query(search: String?, filter: JSONObject?, facets: [String]) throws -> CatalogQuery {
        let text = search?.trimmingCharacters(in: .whitespaces)
        guard (text?.isEmpty == false) || !(filter?.isEmpty ?? true) else {
            throw GraphQLFault.input("'search' or 'filter' input argument is required.")
        }
        var query = CatalogQuery(
            text: text?.isEmpty == false ? text : nil, visibility: text?.isEmpty == false ? [3, 4] : [2, 4], facets: facets
        )
        for (field, value) in filter ?? JSONObject() {
            guard let kind = fields[field], case .object(let condition) = value else { continue }
            switch field {
            case "category_id", "category_uid", "category_url_path":
                let ids = try categoryIds(field, condition)
                let expanded = ids.flatMap { categories?.descendants(of: $0) ?? [$0] }
                query.categoryIds = query.categoryIds.map { current in current.filter(expanded.contains) } ?? expanded
            default:
                if let parsed = try Self.condition(kind, condition, field: field) { query.conditions[field] = parsed }
            }
        }
        return query
    }

    static func condition(_ kind: ProductFilterInput.Kind, _ object: JSONObject, field: String) throws -> CatalogQuery.Condition? {
        switch kind {
        case .equal:
            if let values = object["in"]?.arrayValue { return .anyOf(values.compactMap { $0.stringValue ?? $0.numberText }) }
            if let value = object["eq"]?.stringValue { return .anyOf([value]) }
            return nil
        case .match:
            guard let text = object["match"]?.stringValue else { return nil }
            return .contains(text)
        case .range:
            let from = try bound(object["from"], field: field)
            let to = try bound(object["to"], field: field)
            return from == nil && to == nil ? nil : .range(from: from, to: to)
        }
    }

    static func bound(_ value: JSONValue?, field: String) throws -> Decimal? {
        guard let text = value?.stringValue ?? value?.numberText, !text.isEmpty else { return nil }
        guard let number = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            throw GraphQLFault.input("Invalid value of \"\(text)\" provided for the \(field) field.")
        }
        return number
    }

    func categoryIds(_ field: String, _ condition: JSONObject) throws -> [Int] {
        let values = condition["in"]?.arrayValue?.compactMap { $0.stringValue ?? $0.numberText }
            ?? [condition["eq"]?.stringValue].compactMap { $0 }
        switch field {
        case "category_uid":
            return try values.map { try EntityUid.decodeId($0) }
        case "category_url_path":
            return values.compactMap { path in categories?.byId.values.first { categories?.urlPath($0) == path }?.id }
        default:
            return values.compactMap { Int($0) }
        }
    }
}
