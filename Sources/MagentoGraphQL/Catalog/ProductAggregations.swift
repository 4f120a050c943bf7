import CommerceDomain
import Foundation
import MagentoWire

/// Layered navigation (`aggregations`) over every match: price buckets, categories and each
/// filterable attribute's options, counts taken with all filters applied, as Magento's search
/// engine reports them.
struct ProductAggregations {
    let settings: CatalogSettings
    let attributes: AttributeCatalog
    let filterable: [String]
    let categories: CategoryIndex?

    func json(_ matches: [CatalogMatch]) -> JSONValue {
        var result: [JSONValue] = []
        if let price = priceBuckets(matches) { result.append(price) }
        if let category = categoryBucket(matches) { result.append(category) }
        for code in filterable {
            guard let attribute = attributes.byCode[code] else { continue }
            var counts: [String: Int] = [:]
            for match in matches {
                for value in (match.facets[code] ?? "").split(separator: ",") { counts[String(value), default: 0] += 1 }
            }
            let options = (attribute.options ?? []).compactMap { option -> JSONValue? in
                guard let value = option.value, let count = counts[value], count > 0 else { return nil }
                return ["label": .string(option.label ?? value), "value": .string(value), "count": .number(String(count))]
            }
            guard !options.isEmpty else { continue }
            result.append([
                "attribute_code": .string(code), "label": .string(attributes.label(attribute)),
                "count": .number(String(options.count)), "position": .number(String(attribute.position ?? 0)), "options": .array(options),
            ])
        }
        return .array(result)
    }

    /// Magento's automatic price step: a power of ten one digit shorter than the highest price.
    func priceBuckets(_ matches: [CatalogMatch]) -> JSONValue? {
        guard let highest = matches.map(\.price).max(), highest > 0 else { return nil }
        let digits = String(NSDecimalNumber(decimal: highest).intValue).count
        let step = max(1, Int(pow(10.0, Double(max(digits - 1, 1)))))
        var counts: [Int: Int] = [:]
        for match in matches { counts[NSDecimalNumber(decimal: match.price).intValue / step, default: 0] += 1 }
        let options: [JSONValue] = counts.keys.sorted().map { bucket in
            let from = bucket * step, to = (bucket + 1) * step
            return ["label": .string("\(from)-\(to)"), "value": .string("\(from)_\(to)"), "count": .number(String(counts[bucket] ?? 0))]
        }
        return ["attribute_code": "price", "label": "Price", "count": .number(String(options.count)), "position": 0, "options": .array(options)]
    }

    func categoryBucket(_ matches: [CatalogMatch]) -> JSONValue? {
        guard let categories else { return nil }
        var counts: [Int: Int] = [:]
        for match in matches {
            for id in match.categories.keys where (categories.byId[id]?.level ?? 0) > 1 { counts[id, default: 0] += 1 }
        }
        let options: [JSONValue] = counts.keys.sorted().compactMap { id in
            guard let category = categories.byId[id] else { return nil }
            return ["label": .string(category.name ?? ""), "value": .string(EntityUid.encode(id)), "count": .number(String(counts[id] ?? 0))]
        }
        guard !options.isEmpty else { return nil }
        return ["attribute_code": "category_uid", "label": "Category", "count": .number(String(options.count)), "position": 0, "options": .array(options)]
    }
}
