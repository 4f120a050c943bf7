import MagentoWire

extension JSONValue {
    /// The value as Mustache reads it: objects as dictionaries, arrays as arrays, scalars as text.
    /// JSON `false` and `null` become nil so `{{#flag}}` sections behave as the JSON reads.
    var templateValue: Any? {
        switch self {
        case .null: nil
        case .bool(let flag): flag ? true : nil
        case .number(let text): text
        case .string(let text): text
        case .array(let items): items.map { $0.templateValue as Any }
        case .object(let object):
            Dictionary(object.keys.map { ($0, object[$0]?.templateValue as Any) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Short text for a table cell or a message parameter.
    var displayText: String {
        switch self {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .number(let text), .string(let text): text
        case .array, .object: String(decoding: serialized(), as: UTF8.self)
        }
    }
}
