import Foundation
import MagentoWire

/// Whether a rate covers a destination: same country, its region or every region, and a postcode
/// that fits the rate's pattern (`*` wildcards) or numeric range.
enum TaxRateMatcher {
    static func matches(_ rate: TaxRate, country: String, region: Int?, postcode: String?) -> Bool {
        guard rate.taxCountryId?.uppercased() == country.uppercased() else { return false }
        let rateRegion = rate.taxRegionId ?? 0
        guard rateRegion == 0 || rateRegion == region else { return false }
        let code = (postcode ?? "").trimmingWhitespace
        if rate.zipIsRange == 1, let from = rate.zipFrom, let to = rate.zipTo {
            guard let number = Int(code) else { return false }
            return from <= number && number <= to
        }
        let pattern = rate.taxPostcode ?? "*"
        return pattern == "*" || glob(Array(pattern.uppercased()), Array(code.uppercased()))
    }

    /// `*` matches any run of characters, everything else itself.
    static func glob(_ pattern: [Character], _ text: [Character]) -> Bool {
        var p = 0, t = 0, star = -1, resume = 0
        while t < text.count {
            if p < pattern.count, pattern[p] != "*", pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                resume = t
                p += 1
            } else if star >= 0 {
                p = star + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    /// Of a rule's rates that match, the one Magento picks: a named region before every region,
    /// a specific postcode before a wider one, then the higher percentage.
    static func mostSpecific(_ rates: [TaxRate]) -> TaxRate? {
        rates.min { a, b in
            if (a.taxRegionId ?? 0) != (b.taxRegionId ?? 0) { return (a.taxRegionId ?? 0) > (b.taxRegionId ?? 0) }
            if (a.taxPostcode ?? "") != (b.taxPostcode ?? "") { return (a.taxPostcode ?? "") > (b.taxPostcode ?? "") }
            return (a.rate ?? 0) > (b.rate ?? 0)
        }
    }
}
