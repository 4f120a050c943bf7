import Foundation
import MagentoWire

/// The four discount actions, each over the lines a rule matched and what is left of them.
enum DiscountActions {
    /// Item id → discount for the lines, never more than each line's `remaining` amount.
    static func discounts(
        _ rule: SalesRule, lines: [CartLine], remaining: [Int: Decimal]
    ) -> [Int: Decimal] {
        let amount = rule.discountAmount ?? 0
        var result: [Int: Decimal] = [:]
        switch rule.simpleAction ?? "by_percent" {
        case "by_percent":
            let percent = min(amount, 100)
            // As Magento does, the percentage is of what earlier rules left of the covered units.
            for line in lines {
                let earlier = line.rowTotal - (remaining[line.itemId] ?? 0)
                result[line.itemId] = cents(max(line.price * coveredQty(rule, line) - earlier, 0) * percent / 100)
            }
        case "by_fixed":
            for line in lines {
                result[line.itemId] = cents(min(amount, line.price) * coveredQty(rule, line))
            }
        case "cart_fixed":
            result = spread(amount, over: lines, remaining: remaining)
        case "buy_x_get_y":
            for line in lines {
                result[line.itemId] = cents(line.price * freeUnits(rule, qty: coveredQty(rule, line)))
            }
        default:
            break
        }
        return result.reduce(into: [:]) { capped, entry in
            capped[entry.key] = min(entry.value, remaining[entry.key] ?? 0)
        }
    }

    /// The line's quantity, limited by the rule's "maximum qty discount is applied to".
    private static func coveredQty(_ rule: SalesRule, _ line: CartLine) -> Decimal {
        guard let cap = rule.discountQty, cap > 0 else { return line.qty }
        return min(line.qty, cap)
    }

    /// Buy X (`discount_step`) get Y (`discount_amount`) free: every full X+Y gives Y units, and a
    /// partial group past X gives what is past X.
    static func freeUnits(_ rule: SalesRule, qty: Decimal) -> Decimal {
        let x = Decimal(rule.discountStep ?? 0), y = rule.discountAmount ?? 0
        guard x > 0, y > 0 else { return 0 }
        let group = x + y
        let fullGroups = floor(qty / group)
        let rest = qty - fullGroups * group
        return fullGroups * y + max(rest - x, 0)
    }

    /// A fixed amount for the whole cart, shared by the lines in proportion to what is left of
    /// each; the last line takes the rounding remainder so the shares add up exactly.
    private static func spread(_ amount: Decimal, over lines: [CartLine], remaining: [Int: Decimal]) -> [Int: Decimal] {
        let base = lines.reduce(Decimal(0)) { $0 + (remaining[$1.itemId] ?? 0) }
        guard base > 0 else { return [:] }
        let total = min(amount, base)
        var result: [Int: Decimal] = [:]
        var given = Decimal(0)
        for (index, line) in lines.enumerated() {
            let share = index == lines.count - 1
                ? total - given
                : cents(total * (remaining[line.itemId] ?? 0) / base)
            result[line.itemId] = share
            given += share
        }
        return result
    }

    private static func floor(_ value: Decimal) -> Decimal {
        var input = value, output = Decimal()
        NSDecimalRound(&output, &input, 0, .down)
        return output
    }

    static func cents(_ value: Decimal) -> Decimal {
        var input = value, output = Decimal()
        NSDecimalRound(&output, &input, 2, .plain)
        return output
    }
}
