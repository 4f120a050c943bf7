import CommerceDomain
import Foundation
import MagentoWire

/// `ProductAttributeSortInput` applied to matches: the first field given wins, ties broken by
/// id; without one, relevance for a search and position otherwise, as Magento defaults.
enum ProductSort {
    static func sorted(_ matches: [CatalogMatch], sort: JSONObject?, isSearch: Bool, categoryId: Int?) -> [CatalogMatch] {
        var field = isSearch ? "relevance" : "position"
        var ascending = !isSearch
        if let sort, let first = sort.first(where: { ["name", "price", "position", "relevance"].contains($0.key) }) {
            field = first.key
            ascending = first.value.stringValue != "DESC"
        }
        func position(_ match: CatalogMatch) -> Int {
            categoryId.flatMap { match.categories[$0] } ?? match.id
        }
        return matches.sorted { left, right in
            let order: ComparisonResult
            switch field {
            case "name": order = compare(left.name.lowercased(), right.name.lowercased())
            case "price": order = compare(left.price, right.price)
            case "relevance": order = compare(left.relevance, right.relevance)
            default: order = compare(position(left), position(right))
            }
            if order == .orderedSame { return left.id < right.id }
            return ascending ? order == .orderedAscending : order == .orderedDescending
        }
    }

    static func compare<T: Comparable>(_ left: T, _ right: T) -> ComparisonResult {
        left < right ? .orderedAscending : (left > right ? .orderedDescending : .orderedSame)
    }

    /// `sort_fields`: what a storefront offers in its sort menu.
    static func sortFields(isSearch: Bool) -> JSONValue {
        var options: [JSONValue] = [
            ["label": "Position", "value": "position"], ["label": "Product Name", "value": "name"], ["label": "Price", "value": "price"],
        ]
        if isSearch { options.insert(["label": "Relevance", "value": "relevance"], at: 0) }
        return ["default": .string(isSearch ? "relevance" : "position"), "options": .array(options)]
    }
}
