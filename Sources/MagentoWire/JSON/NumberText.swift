import Foundation

/// Turns Swift numbers into the JSON number text Magento clients expect.
///
/// PHP sends `34.0` as `34`, so integral floating-point values lose their fraction; everything
/// else uses Swift's shortest round-trip form, which is valid JSON (`0.1`, `1e-07`, `1e+20`).
enum NumberText {
    /// Integral values below this magnitude are printed as plain integers; `Int64` holds them exactly.
    private static let plainIntegerLimit = 9.2e18

    static func double(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        if value.rounded(.towardZero) == value, abs(value) < plainIntegerLimit {
            return String(Int64(value))
        }
        return value.description
    }

    static func float(_ value: Float) -> String? {
        guard value.isFinite else { return nil }
        if value.rounded(.towardZero) == value, abs(value) < Float(plainIntegerLimit) {
            return String(Int64(value))
        }
        // Float's own description keeps `0.1` short; widening to Double would print 0.10000000149011612.
        return value.description
    }

    /// `Decimal(string: "12.50")` prints `12.5`: the value is exact, trailing zeros are not kept.
    static func decimal(_ value: Decimal) -> String? {
        guard !value.isNaN else { return nil }
        // Whole numbers (quantities, most settings) skip Decimal's digit-by-digit description,
        // which costs half a microsecond; a non-negative exponent means no fraction, and below
        // 2^53 the double is exact. Fractions keep the exact path.
        if value.exponent >= 0 {
            let double = NSDecimalNumber(decimal: value).doubleValue
            if abs(double) < 9.0e15 { return String(Int64(double)) }
        }
        return value.description
    }
}
