import Foundation
import MagentoWire

/// Magento's tax calculation over a set of rules and rates, with no I/O.
///
/// Each rule that covers the product and customer class contributes its most specific matching
/// rate. Rates are taken in priority order; those of one priority add up. Each priority's sum is
/// then either added to the running percentage (its rule calculates off the subtotal only) or
/// compounded on it, so a 10% priority-0 rate followed by a 5% priority-1 rate makes 15.5%.
public struct TaxCalculator: Sendable {
    public var rules: [TaxRule]
    public var rates: [TaxRate]

    public init(rules: [TaxRule], rates: [TaxRate]) {
        self.rules = rules
        self.rates = rates
    }

    public func calculate(_ request: TaxRequest) -> TaxCalculation {
        let applied = applicableRates(request)
        let percent = Self.combinedPercent(applied, rules: Dictionary(rules.compactMap { r in r.id.map { ($0, r) } }) { a, _ in a })
        return TaxCalculation(rates: applied, percent: percent, tax: Self.cents(request.amount * percent / 100))
    }

    /// The rates that apply, ordered by priority and then rule id.
    public func applicableRates(_ request: TaxRequest) -> [AppliedTaxRate] {
        let ratesById = Dictionary(rates.compactMap { rate in rate.id.map { ($0, rate) } }) { a, _ in a }
        let covering = rules.filter {
            ($0.customerTaxClassIds ?? []).contains(request.customerTaxClassId)
                && ($0.productTaxClassIds ?? []).contains(request.productTaxClassId)
        }
        let applied: [AppliedTaxRate] = covering.compactMap { rule in
            let candidates = (rule.taxRateIds ?? []).compactMap { ratesById[$0] }.filter {
                TaxRateMatcher.matches($0, country: request.countryId, region: request.regionId, postcode: request.postcode)
            }
            guard let rate = TaxRateMatcher.mostSpecific(candidates), let rateId = rate.id, let ruleId = rule.id else { return nil }
            return AppliedTaxRate(
                rateId: rateId, code: rate.code ?? "", percent: rate.rate ?? 0, ruleId: ruleId, priority: rule.priority ?? 0
            )
        }
        return applied.sorted { ($0.priority, $0.ruleId) < ($1.priority, $1.ruleId) }
    }

    /// Sums each priority, then adds or compounds it; the last rule of a priority decides which.
    static func combinedPercent(_ applied: [AppliedTaxRate], rules: [Int: TaxRule]) -> Decimal {
        var total = Decimal(0)
        var index = 0
        while index < applied.count {
            let priority = applied[index].priority
            var group = Decimal(0)
            var last = applied[index]
            while index < applied.count, applied[index].priority == priority {
                group += applied[index].percent
                last = applied[index]
                index += 1
            }
            if rules[last.ruleId]?.calculateSubtotal == true {
                total += group
            } else {
                total += (100 + total) * group / 100
            }
        }
        return total
    }

    /// Half-up to two places, as Magento rounds a store-currency amount.
    static func cents(_ value: Decimal) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, 2, .plain)
        return output
    }
}
