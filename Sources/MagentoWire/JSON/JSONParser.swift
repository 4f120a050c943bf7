extension JSONValue {
    /// PHP's `json_decode` default depth, so bodies Magento accepts are accepted here too.
    public static let maximumDepth = 512

    /// Parses strict RFC 8259 JSON: any top-level value, surrounding whitespace allowed.
    ///
    /// A repeated object key keeps its first position and takes the last value, as PHP's
    /// `json_decode` into an array does.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
        let result: Result<JSONValue, JSONParseError>? = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONParseError) -> JSONValue in try parseBuffer(buffer) }
        }
        if let result { return try result.get() }
        let copy = Array(bytes)
        return try copy.withUnsafeBufferPointer { buffer throws(JSONParseError) -> JSONValue in
            try parseBuffer(buffer)
        }
    }

    /// Parses the UTF-8 of `text`.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    private static func parseBuffer(_ buffer: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> JSONValue {
        var parser = JSONByteParser(bytes: buffer)
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.position == buffer.count else {
            throw .trailingCharacters(offset: parser.position)
        }
        return value
    }
}

/// A recursive-descent parser over raw bytes; recursion depth is bounded by `maximumDepth`.
struct JSONByteParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                position += 1
            default:
                return
            }
        }
    }

    mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
        guard position < bytes.count else { throw .unexpectedEnd }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object(try parseObject(depth: depth + 1))
        case UInt8(ascii: "["): return .array(try parseArray(depth: depth + 1))
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case let byte: throw .unexpectedByte(byte, offset: position)
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let start = position
        for (offset, expected) in UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
            .enumerated()
        {
            guard start + offset < bytes.count else { throw .unexpectedEnd }
            let byte = bytes[start + offset]
            guard byte == expected else { throw .unexpectedByte(byte, offset: start + offset) }
        }
        position = start + literal.utf8CodeUnitCount
    }

    private mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONObject {
        guard depth <= JSONValue.maximumDepth else { throw .tooDeep(offset: position) }
        position += 1
        var object = JSONObject()
        skipWhitespace()
        if try peek() == UInt8(ascii: "}") {
            position += 1
            return object
        }
        while true {
            skipWhitespace()
            let byte = try peek()
            guard byte == UInt8(ascii: "\"") else { throw .unexpectedByte(byte, offset: position) }
            let key = try parseString()
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            object[key] = try parseValue(depth: depth)
            skipWhitespace()
            let separator = try peek()
            position += 1
            if separator == UInt8(ascii: "}") { return object }
            guard separator == UInt8(ascii: ",") else { throw .unexpectedByte(separator, offset: position - 1) }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONParseError) -> [JSONValue] {
        guard depth <= JSONValue.maximumDepth else { throw .tooDeep(offset: position) }
        position += 1
        var array: [JSONValue] = []
        skipWhitespace()
        if try peek() == UInt8(ascii: "]") {
            position += 1
            return array
        }
        while true {
            skipWhitespace()
            array.append(try parseValue(depth: depth))
            skipWhitespace()
            let separator = try peek()
            position += 1
            if separator == UInt8(ascii: "]") { return array }
            guard separator == UInt8(ascii: ",") else { throw .unexpectedByte(separator, offset: position - 1) }
        }
    }

    private func peek() throws(JSONParseError) -> UInt8 {
        guard position < bytes.count else { throw .unexpectedEnd }
        return bytes[position]
    }

    private mutating func expect(_ expected: UInt8) throws(JSONParseError) {
        let byte = try peek()
        guard byte == expected else { throw .unexpectedByte(byte, offset: position) }
        position += 1
    }

    /// Returns the number's text exactly as written, after checking the RFC grammar.
    private mutating func parseNumber() throws(JSONParseError) -> String {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else { throw .invalidNumber(offset: start) }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            // A leading zero may not be followed by more digits.
            if position < bytes.count, isDigit(bytes[position]) { throw .invalidNumber(offset: start) }
        } else {
            skipDigits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else { throw .invalidNumber(offset: start) }
            skipDigits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < bytes.count, isDigit(bytes[position]) else { throw .invalidNumber(offset: start) }
            skipDigits()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func skipDigits() {
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
}
