import Foundation

/// PHP's scalar conversions as Magento's `TypeProcessor` applies them to request input.
enum ScalarCoercion {
    /// The value as PHP would print it in an error message (`true` → `1`, arrays → `array`).
    static func phpText(_ value: JSONValue) -> String {
        switch value {
        case .null: ""
        case .bool(let bool): bool ? "1" : ""
        case .number(let text): text
        case .string(let string): string
        case .array, .object: "array"
        }
    }

    static func integer<Integer: FixedWidthInteger>(_ value: JSONValue, as type: Integer.Type) throws -> Integer {
        guard let text = numericText(value) else { throw invalid(value, "int") }
        if let integer = Integer(text) { return integer }
        // `12.0` and `1e3` are integral; `12.5` is refused rather than truncated.
        guard let decimal = Decimal(string: normalizedForDecimal(text), locale: posix), !decimal.isNaN else {
            throw invalid(value, "int")
        }
        var source = decimal
        var rounded = Decimal()
        NSDecimalRound(&rounded, &source, 0, .plain)
        guard rounded == decimal, let integer = Integer(rounded.description) else { throw invalid(value, "int") }
        return integer
    }

    static func double(_ value: JSONValue) throws -> Double {
        guard let text = numericText(value), let double = Double(text) else { throw invalid(value, "float") }
        return double
    }

    static func float(_ value: JSONValue) throws -> Float {
        guard let text = numericText(value), let float = Float(text) else { throw invalid(value, "float") }
        return float
    }

    /// Exact: `"12.50"` becomes the decimal 12.5 without passing through `Double`.
    static func decimal(_ value: JSONValue) throws -> Decimal {
        guard let text = numericText(value), let decimal = Decimal(string: normalizedForDecimal(text), locale: posix)
        else { throw invalid(value, "float") }
        return decimal
    }

    /// PHP `FILTER_VALIDATE_BOOLEAN` used loosely: a handful of spellings are true, everything else false.
    static func bool(_ value: JSONValue) throws -> Bool {
        switch value {
        case .bool(let bool):
            return bool
        case .number(let text):
            return text == "1"
        case .string(let string):
            let word = string.trimmingCharacters(in: phpWhitespace).lowercased()
            return ["1", "true", "on", "yes"].contains(word)
        case .null:
            return false
        case .array, .object:
            throw invalid(value, "bool")
        }
    }

    /// Strings, numbers (as their text) and booleans (`"1"`/`""`) become strings; containers do not.
    static func string(_ value: JSONValue) throws -> String {
        switch value {
        case .string(let string): return string
        case .number(let text): return text
        case .bool(let bool): return bool ? "1" : ""
        case .null: return ""
        case .array, .object: throw invalid(value, "string")
        }
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// PHP's whitespace for numeric strings: space, \t, \n, \r, \v, \f.
    private static let phpWhitespace = CharacterSet(charactersIn: " \t\n\r\u{0B}\u{0C}")

    private static func invalid(_ value: JSONValue, _ type: String) -> BindingError {
        .invalidType(value: phpText(value), type: type)
    }

    /// The numeric text of a JSON number, or of a string PHP's `is_numeric` accepts (surrounding
    /// whitespace trimmed, as PHP 8 allows); nil for anything else.
    static func numericText(_ value: JSONValue) -> String? {
        switch value {
        case .number(let text):
            return text
        case .string(let string):
            let trimmed = string.trimmingCharacters(in: phpWhitespace)
            return isNumeric(trimmed) ? trimmed : nil
        default:
            return nil
        }
    }

    /// `[+-]? (digits (. digits*)? | . digits) ([eE] [+-]? digits)?`: no hex, no `inf`, no `nan`.
    static func isNumeric(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                index += 1
            }
            return index - start
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        var mantissaDigits = digits()
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            mantissaDigits += digits()
        }
        guard mantissaDigits > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits() > 0 else { return false }
        }
        return index == bytes.count
    }

    /// Foundation's decimal parser rejects a leading `+` and a bare leading `.`; PHP accepts both.
    private static func normalizedForDecimal(_ text: String) -> String {
        var text = text
        if text.hasPrefix("+") { text.removeFirst() }
        if text.hasPrefix(".") { text = "0" + text }
        if text.hasPrefix("-.") { text = "-0" + text.dropFirst() }
        return text
    }
}
