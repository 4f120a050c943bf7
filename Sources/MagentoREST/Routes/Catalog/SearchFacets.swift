import CommerceDomain
import Foundation
import MagentoWire

/// The two facets Magento's quick search aggregates: categories and price ranges.
enum SearchFacets {
    static func buckets(_ matches: [CatalogMatch]) -> [SearchBucket] {
        [price(matches), categories(matches)]
    }

    /// Category id → how many matches are in it, by id.
    static func categories(_ matches: [CatalogMatch]) -> SearchBucket {
        var counts: [Int: Int] = [:]
        for match in matches {
            for category in match.categories.keys { counts[category, default: 0] += 1 }
        }
        return SearchBucket(name: "category_bucket", values: counts.keys.sorted().map { id in
            SearchBucket.Value(value: String(id), metrics: [String(id), String(counts[id] ?? 0)])
        })
    }

    /// Magento's automatic price step: a power of ten from the highest price's digit count,
    /// widened tenfold until there are at most ten ranges. Only ranges with matches are listed.
    static func price(_ matches: [CatalogMatch]) -> SearchBucket {
        guard let highest = matches.map(\.price).max(), highest > 0 else { return SearchBucket(name: "price_bucket", values: []) }
        let digits = String(NSDecimalNumber(decimal: highest).intValue).count
        var step = Decimal(sign: .plus, exponent: digits - 1, significand: 1)
        while ceil(highest / step) > 10 { step *= 10 }
        var counts: [Decimal: Int] = [:]
        for match in matches {
            counts[floor(match.price / step) * step, default: 0] += 1
        }
        return SearchBucket(name: "price_bucket", values: counts.keys.sorted().map { from in
            let text = NSDecimalNumber(decimal: from).stringValue
            let to = NSDecimalNumber(decimal: from + step).stringValue
            return SearchBucket.Value(value: "\(text)_\(to)", metrics: [text, to, String(counts[from] ?? 0)])
        })
    }

    private static func floor(_ value: Decimal) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, 0, .down)
        return result
    }

    private static func ceil(_ value: Decimal) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, 0, .up)
        return result
    }
}
