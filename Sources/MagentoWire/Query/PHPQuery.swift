/// PHP's `parse_str`, which is how Magento sees a query string: bracket keys build nested
/// arrays (`searchCriteria[filter_groups][0][filters][0][field]=sku`), `[]` appends, and a
/// repeated key overwrites the earlier value in place.
public enum PHPQuery {
    /// PHP's `max_input_nesting_level`: a variable with more bracket levels is dropped.
    static let maximumNesting = 64
    /// PHP's `max_input_vars`: pairs after this many are ignored.
    static let maximumVariables = 1000

    /// Parses `query` (without the leading `?`) into an ordered object whose leaves are strings.
    ///
    /// Numeric indices stay object keys as sent (`{"0": …, "2": …}`); the binder reads such
    /// objects as lists, so sparse indices survive the way PHP keeps them.
    public static func parse(_ query: some StringProtocol) -> JSONObject {
        var result = JSONObject()
        var variables = 0
        for pair in Substring(query).split(separator: "&", omittingEmptySubsequences: true) {
            variables += 1
            guard variables <= maximumVariables else { break }
            let rawKey: Substring
            let rawValue: Substring
            if let equals = pair.firstIndex(of: "=") {
                rawKey = pair[pair.startIndex..<equals]
                rawValue = pair[pair.index(after: equals)...]
            } else {
                rawKey = pair[...]
                rawValue = ""
            }
            guard let path = PHPVariableName.parse(PercentDecoding.decode(rawKey)) else { continue }
            let value = JSONValue.string(String(decoding: PercentDecoding.decode(rawValue), as: UTF8.self))
            assign(value, along: path[...], into: &result)
        }
        return result
    }

    private static func assign(_ value: JSONValue, along path: ArraySlice<PHPVariableName.Segment>,
                               into object: inout JSONObject) {
        guard let segment = path.first else { return }
        let key: String
        switch segment {
        case .key(let name): key = name
        case .append: key = String(nextIndex(in: object))
        }
        let rest = path.dropFirst()
        if rest.isEmpty {
            object[key] = value
            return
        }
        object.withValue(forKey: key, default: .object(JSONObject())) { slot in
            // PHP turns a scalar it has to descend into into an empty array, in place.
            var child = slot.objectValue ?? JSONObject()
            slot = .null
            assign(value, along: rest, into: &child)
            slot = .object(child)
        }
    }

    /// PHP's next free element: one past the largest non-negative integer key, or 0.
    private static func nextIndex(in object: JSONObject) -> Int {
        var next = 0
        for key in object.keys {
            if let index = PHPVariableName.integerKey(key), index >= next {
                next = index + 1
            }
        }
        return next
    }
}
