import MagentoWire

/// A value printed as a GraphQL literal of its input type (`__InputValue.defaultValue` for
/// defaults that have no literal in the SDL): enum values bare, strings quoted, objects `{a: 1}`.
enum GraphQLLiteral {
    static func print(_ value: JSONValue, as type: TypeRef, kinds: [String: String]) -> String {
        switch value {
        case .null: return "null"
        case .bool(let bool): return bool ? "true" : "false"
        case .number(let text): return text
        case .string(let text):
            return kinds[type.namedType] == "ENUM" ? text : quoted(text)
        case .array(let items):
            let inner: TypeRef
            switch type {
            case .nonNull(.list(let element)), .list(let element): inner = element
            default: inner = type
            }
            return "[" + items.map { print($0, as: inner, kinds: kinds) }.joined(separator: ", ") + "]"
        case .object(let object):
            // Input fields' own types are not needed: object defaults in the schema come from SDL
            // literals, which are printed as written.
            return "{" + object.map { "\($0.key): \(print($0.value, as: .named(""), kinds: kinds))" }.joined(separator: ", ") + "}"
        }
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
