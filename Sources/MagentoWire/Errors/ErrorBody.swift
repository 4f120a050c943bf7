import Foundation

/// Magento's error response body: `{"message", "parameters", "errors"}`.
///
/// `message` is the raw template (`%1`, `%name` placeholders are left in); clients substitute
/// from `parameters`, which is an array for positional placeholders and an object for named ones.
public struct ErrorBody: Codable, Sendable, Equatable {
    public var message: String
    public var errors: [ErrorBody]?
    public var parameters: ErrorParameters?

    public init(message: String, parameters: ErrorParameters? = nil, errors: [ErrorBody]? = nil) {
        self.message = message
        self.parameters = parameters
        self.errors = errors
    }

    enum CodingKeys: String, CodingKey {
        case message, errors, parameters
    }

    /// The message with its placeholders filled in, as a person would read it.
    public var renderedMessage: String {
        parameters?.render(message) ?? message
    }
}

/// Positional (`["ABC-1"]` for `%1`) or named (`{"fieldName": "sku"}` for `%fieldName`) parameters.
public enum ErrorParameters: Codable, Sendable, Equatable {
    case positional([String])
    case named([NamedParameter])

    public struct NamedParameter: Sendable, Equatable {
        public var name: String
        public var value: String
        /// Set when Magento's parameter is a list (`{"active_providers": ["google"]}`, from the
        /// two-factor refusals); `value` then holds it comma-joined for rendering.
        public var list: [String]?

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }

        public init(_ name: String, list: [String]) {
            self.name = name
            self.value = list.joined(separator: ", ")
            self.list = list
        }
    }

    public static func named(_ pairs: KeyValuePairs<String, String>) -> ErrorParameters {
        .named(pairs.map { NamedParameter($0.key, $0.value) })
    }

    public var isEmpty: Bool {
        switch self {
        case .positional(let values): values.isEmpty
        case .named(let pairs): pairs.isEmpty
        }
    }

    /// Substitutes `%1…%n` or `%name`, longest names first so `%field2Name` is not cut by `%field`.
    public func render(_ template: String) -> String {
        var text = template
        switch self {
        case .positional(let values):
            for (index, value) in values.enumerated().reversed() {
                text = text.replacingOccurrences(of: "%\(index + 1)", with: value)
            }
        case .named(let pairs):
            for pair in pairs.sorted(by: { $0.name.count > $1.name.count }) {
                text = text.replacingOccurrences(of: "%\(pair.name)", with: pair.value)
            }
        }
        return text
    }

    struct DynamicKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        if var list = try? decoder.unkeyedContainer() {
            var values: [String] = []
            while !list.isAtEnd {
                values.append(try list.decodeLooseString())
            }
            self = .positional(values)
            return
        }
        let object = try decoder.container(keyedBy: DynamicKey.self)
        self = .named(try object.allKeys.map { key in
            if let list = try? object.decode([String].self, forKey: key) { return NamedParameter(key.stringValue, list: list) }
            return NamedParameter(key.stringValue, try object.decodeLooseString(forKey: key))
        })
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .positional(let values):
            var list = encoder.unkeyedContainer()
            for value in values { try list.encode(value) }
        case .named(let pairs):
            var object = encoder.container(keyedBy: DynamicKey.self)
            for pair in pairs {
                if let list = pair.list {
                    try object.encode(list, forKey: DynamicKey(stringValue: pair.name))
                } else {
                    try object.encode(pair.value, forKey: DynamicKey(stringValue: pair.name))
                }
            }
        }
    }
}

extension UnkeyedDecodingContainer {
    /// Magento sends parameter values as strings, but numbers appear in the wild.
    fileprivate mutating func decodeLooseString() throws -> String {
        if let string = try? decode(String.self) { return string }
        if let int = try? decode(Int.self) { return String(int) }
        if let double = try? decode(Double.self) { return String(double) }
        if let bool = try? decode(Bool.self) { return String(bool) }
        _ = try? decodeNil()
        return ""
    }
}

extension KeyedDecodingContainer {
    fileprivate func decodeLooseString(forKey key: Key) throws -> String {
        if let string = try? decode(String.self, forKey: key) { return string }
        if let int = try? decode(Int.self, forKey: key) { return String(int) }
        if let double = try? decode(Double.self, forKey: key) { return String(double) }
        if let bool = try? decode(Bool.self, forKey: key) { return String(bool) }
        return ""
    }
}

extension ErrorBody: WireTypeNamed {
    public static let wireTypeName = "error-response"
}

extension ErrorParameters: WireTypeDescribed {
    /// Its decoder tries a list first, so reflection alone would only see the list form; a named
    /// value is a list in the two-factor refusals.
    public static func wireType(_ reflector: WireTypeReflector) -> WireType {
        .choice([.array(.string), .map(.choice([.string, .array(.string)]))])
    }
}
