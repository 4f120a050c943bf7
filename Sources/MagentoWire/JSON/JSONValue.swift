/// A JSON document as Magento sends and receives it.
///
/// Numbers keep their exact source text (`.number("12.50")`), so money and long ids survive a
/// parse/serialize round trip without passing through `Double`.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

extension JSONValue {
    /// The string payload, or nil for any other case (numbers are not converted).
    public var stringValue: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    /// The number's source text, or nil for any other case.
    public var numberText: String? {
        if case .number(let text) = self { return text }
        return nil
    }

    /// The boolean payload, or nil for any other case.
    public var boolValue: Bool? {
        if case .bool(let bool) = self { return bool }
        return nil
    }

    /// The object payload, or nil for any other case.
    public var objectValue: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// The array payload, or nil for any other case.
    public var arrayValue: [JSONValue]? {
        if case .array(let array) = self { return array }
        return nil
    }

    /// True for `.null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The member named `key` when this is an object; nil otherwise or when absent.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }
}
