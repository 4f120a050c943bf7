import Foundation

/// Money arithmetic as Magento does it for sales documents: amounts rounded half-up to cents.
public enum SalesMoney {
    /// Rounds half-up to two decimal places.
    public static func cents(_ value: Decimal) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, 2, .plain)
        return output
    }

    /// The part of a row amount that `qty` of `ordered` units carries, in cents. The last
    /// document for a row takes what is left of the amount, so partial documents add up exactly.
    public static func share(of amount: Decimal, taken: Decimal, qty: Decimal, ordered: Decimal, isLast: Bool) -> Decimal {
        guard ordered > 0, qty > 0 else { return 0 }
        if isLast { return amount - taken }
        return min(amount - taken, cents(amount * qty / ordered))
    }

    /// Amount text as Magento's `formatTxt` renders it inside messages (`$1,012.50`).
    public static func formatted(_ value: Decimal, currency: String) -> String {
        let symbols = ["USD": "$", "EUR": "€", "GBP": "£"]
        let rounded = cents(value)
        let negative = rounded < 0
        let parts = "\(negative ? -rounded : rounded)".split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.count < 2 { fraction += "0" }
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        let symbol = symbols[currency] ?? currency
        return (negative ? "-" : "") + symbol + grouped + "." + fraction
    }
}
