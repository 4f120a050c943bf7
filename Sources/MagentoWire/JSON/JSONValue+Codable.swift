import Foundation

/// `JSONValue` passes through ``MagentoEncoder`` and ``MagentoDecoder`` untouched; this conformance
/// exists for everything else (Foundation's `JSONEncoder`/`JSONDecoder`, other formats).
extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.singleValueContainer() {
            if container.decodeNil() {
                self = .null
                return
            }
            if let bool = try? container.decode(Bool.self) {
                self = .bool(bool)
                return
            }
            if let integer = try? container.decode(Int64.self) {
                self = .number(String(integer))
                return
            }
            if let decimal = try? container.decode(Decimal.self), let text = NumberText.decimal(decimal) {
                // Decimal keeps more digits than Double would; the exact source text is not available here.
                self = .number(text)
                return
            }
            if let string = try? container.decode(String.self) {
                self = .string(string)
                return
            }
        }
        if var list = try? decoder.unkeyedContainer() {
            var elements: [JSONValue] = []
            while !list.isAtEnd {
                elements.append(try list.decode(JSONValue.self))
            }
            self = .array(elements)
            return
        }
        self = .object(try JSONObject(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let bool):
            var container = encoder.singleValueContainer()
            try container.encode(bool)
        case .number(let text):
            var container = encoder.singleValueContainer()
            if let integer = Int64(text) {
                try container.encode(integer)
            } else if let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) {
                try container.encode(decimal)
            } else {
                throw EncodingError.invalidValue(
                    text, .init(codingPath: encoder.codingPath, debugDescription: "Not a JSON number: \(text)")
                )
            }
        case .string(let string):
            var container = encoder.singleValueContainer()
            try container.encode(string)
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements {
                try container.encode(element)
            }
        case .object(let object):
            try object.encode(to: encoder)
        }
    }
}

extension JSONObject: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: IndexKey.self)
        self.init()
        for key in container.allKeys {
            self[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: IndexKey.self)
        for (key, value) in self {
            try container.encode(value, forKey: IndexKey(stringValue: key))
        }
    }
}
