extension JSONByteParser {
    /// Parses a string starting at its opening quote.
    ///
    /// The common case (no escapes) is validated and copied in one step; escapes switch to a
    /// byte buffer that is validated as UTF-8 at the end.
    mutating func parseString() throws(JSONParseError) -> String {
        let start = position + 1
        var cursor = start
        var highBits: UInt8 = 0
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\"") {
                position = cursor + 1
                let chunk = UnsafeBufferPointer(rebasing: bytes[start..<cursor])
                // Pure ASCII is valid UTF-8; skipping validation is measurably faster for keys.
                if highBits < 0x80 { return String(decoding: chunk, as: UTF8.self) }
                return try makeString(chunk, offset: start)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw .controlCharacterInString(offset: cursor) }
            highBits |= byte
            cursor += 1
        }
        guard cursor < bytes.count else { throw .unexpectedEnd }
        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<cursor]))
        while cursor < bytes.count {
            let byte = bytes[cursor]
            switch byte {
            case UInt8(ascii: "\""):
                position = cursor + 1
                return try buffer.withUnsafeBufferPointer { chunk throws(JSONParseError) -> String in
                    try makeString(chunk, offset: start)
                }
            case UInt8(ascii: "\\"):
                cursor = try appendEscape(at: cursor, into: &buffer)
            case 0..<0x20:
                throw .controlCharacterInString(offset: cursor)
            default:
                buffer.append(byte)
                cursor += 1
            }
        }
        throw .unexpectedEnd
    }

    private func makeString(_ chunk: UnsafeBufferPointer<UInt8>, offset: Int) throws(JSONParseError) -> String {
        guard let string = String(validating: chunk, as: UTF8.self) else { throw .invalidUTF8(offset: offset) }
        return string
    }

    /// Decodes the escape at `cursor` (the backslash) and returns the index after it.
    private func appendEscape(at cursor: Int, into buffer: inout [UInt8]) throws(JSONParseError) -> Int {
        guard cursor + 1 < bytes.count else { throw .unexpectedEnd }
        let simple: UInt8?
        switch bytes[cursor + 1] {
        case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default: throw .invalidEscape(offset: cursor)
        }
        if let simple {
            buffer.append(simple)
            return cursor + 2
        }
        let unit = try hexUnit(at: cursor + 2, escapeOffset: cursor)
        var scalarValue = UInt32(unit)
        var next = cursor + 6
        switch unit {
        case 0xD800...0xDBFF:
            // A high surrogate must be followed immediately by an escaped low surrogate.
            guard next + 1 < bytes.count, bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u")
            else { throw .unpairedSurrogate(offset: cursor) }
            let low = try hexUnit(at: next + 2, escapeOffset: next)
            guard (0xDC00...0xDFFF).contains(low) else { throw .unpairedSurrogate(offset: cursor) }
            scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            next += 6
        case 0xDC00...0xDFFF:
            throw .unpairedSurrogate(offset: cursor)
        default:
            break
        }
        // Every value here is a valid scalar: surrogates were combined or rejected above.
        let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
        buffer.append(contentsOf: scalar.utf8)
        return next
    }

    private func hexUnit(at start: Int, escapeOffset: Int) throws(JSONParseError) -> UInt16 {
        guard start + 4 <= bytes.count else { throw .unexpectedEnd }
        var unit: UInt16 = 0
        for index in start..<(start + 4) {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw .invalidEscape(offset: escapeOffset)
            }
            unit = unit << 4 | UInt16(digit)
        }
        return unit
    }
}
