import Foundation
import MagentoWire

/// Scalars and enums on the way out, as webonyx serializes PHP values: a float with no fraction
/// prints as `45`, a string number stays a number for `Float`/`Int`, ids are strings.
enum LeafSerializer {
    static func serialize(_ value: JSONValue, as typeName: String) -> JSONValue {
        switch typeName {
        case "Float":
            return number(value, integral: false)
        case "Int":
            return number(value, integral: true)
        case "String", "ID":
            switch value {
            case .number(let text): return .string(text)
            case .bool(let flag): return .string(flag ? "1" : "")
            default: return value
            }
        case "Boolean":
            switch value {
            case .number(let text): return .bool((Double(text) ?? 0) != 0)
            case .string(let text): return .bool(!text.isEmpty && text != "0")
            default: return value
            }
        default:
            return value
        }
    }

    static func number(_ value: JSONValue, integral: Bool) -> JSONValue {
        let text: String
        switch value {
        case .number(let number): text = number
        case .string(let string): text = string
        case .bool(let flag): return .number(flag ? "1" : "0")
        default: return value
        }
        guard let double = Double(text), double.isFinite else { return .null }
        if integral || double == double.rounded(), abs(double) < 1e15 {
            return .number(String(Int(integral ? double.rounded(.towardZero) : double)))
        }
        return .number(String(double))
    }
}
