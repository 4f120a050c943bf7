import CommerceDomain
import Foundation
import SQLKit

/// Converts exact decimals (money, quantities) between `Decimal` and the column convention of
/// `SchemaDialect.decimal(_:)`: `NUMERIC(20,4)` on PostgreSQL, ten-thousandths in an `INTEGER`
/// on SQLite.
public enum ExactDecimal {
    /// Magento stores money and quantities with four decimal places.
    public static let scale = 4
    static let unitsPerWhole = Decimal(10_000)

    /// Strict decimal text: an optional sign, digits, and an optional fraction (`-12`, `3.50`,
    /// `.5`). `Decimal(string:)` alone would accept `12abc` as 12.
    public static func parse(_ text: String) -> Decimal? {
        var unsigned = text[...]
        if unsigned.first == "-" || unsigned.first == "+" { unsigned = unsigned.dropFirst() }
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let digits = parts.joined()
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// The largest magnitude a decimal column holds on both engines: 14 integer digits, as
    /// Magento's `decimal(20,6)` prices. SQLite's ten-thousandths in an INT64 would wrap past
    /// 922,337,203,685,477 (issue 16), so the same bound applies everywhere.
    public static let maximum = Decimal(string: "99999999999999.9999")!

    /// The value to bind when writing `value` to a decimal column (rounded half-up to 4 places);
    /// a value the column cannot hold is Magento's invalid-value error for `field`, never stored.
    public static func storable(_ value: Decimal, engine: DatabaseEngine, field: String) throws -> any Encodable & Sendable {
        let value = rounded(value)
        guard value.isFinite, value.magnitude <= maximum else { throw ClientArithmetic.invalidValue(field, value) }
        switch engine {
        case .postgres: return value
        case .sqlite: return NSDecimalNumber(decimal: value * unitsPerWhole).int64Value
        }
    }

    /// The value to bind when comparing a decimal column with `value` in a filter.
    ///
    /// Not rounded, so `price > 9.99999` stays exact: SQLite compares an integer column with a
    /// real parameter numerically.
    static func comparable(_ value: Decimal, engine: DatabaseEngine) -> any Encodable & Sendable {
        switch engine {
        case .postgres: value
        case .sqlite: NSDecimalNumber(decimal: value * unitsPerWhole).doubleValue
        }
    }

    /// Reads a decimal column written with `storable(_:engine:)`.
    public static func decode(_ row: any SQLRow, column: String, engine: DatabaseEngine) throws -> Decimal {
        switch engine {
        case .postgres: try row.decode(column: column, as: Decimal.self)
        case .sqlite: Decimal(try row.decode(column: column, as: Int64.self)) / unitsPerWhole
        }
    }

    static func rounded(_ value: Decimal) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, scale, .plain)
        return output
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
