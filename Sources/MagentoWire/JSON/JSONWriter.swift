extension JSONValue {
    /// Compact UTF-8 JSON: no spaces, keys in stored order, numbers as their stored text.
    public func serialized() -> [UInt8] {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(256)
        write(into: &buffer)
        return buffer
    }

    /// Appends the compact JSON form of this value to `buffer`.
    public func write(into buffer: inout [UInt8]) {
        switch self {
        case .null:
            buffer.append(contentsOf: "null".utf8)
        case .bool(let value):
            buffer.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let text):
            buffer.append(contentsOf: text.utf8)
        case .string(let string):
            JSONStringEscaper.write(string, into: &buffer)
        case .array(let elements):
            buffer.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                element.write(into: &buffer)
            }
            buffer.append(UInt8(ascii: "]"))
        case .object(let object):
            buffer.append(UInt8(ascii: "{"))
            var first = true
            for (key, value) in object {
                if !first { buffer.append(UInt8(ascii: ",")) }
                first = false
                JSONStringEscaper.write(key, into: &buffer)
                buffer.append(UInt8(ascii: ":"))
                value.write(into: &buffer)
            }
            buffer.append(UInt8(ascii: "}"))
        }
    }

    /// The compact JSON text.
    public var jsonString: String {
        String(decoding: serialized(), as: UTF8.self)
    }
}

/// RFC 8259 string escaping: only `"`, `\` and control characters; `/` and non-ASCII stay as is.
enum JSONStringEscaper {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func write(_ string: String, into buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "\""))
        var string = string
        // Native strings are contiguous UTF-8; bridged ones are made so once rather than per byte.
        string.makeContiguousUTF8()
        string.utf8.withContiguousStorageIfAvailable { bytes in
            append(bytes, into: &buffer)
        }
        buffer.append(UInt8(ascii: "\""))
    }

    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: inout [UInt8]) {
        var runStart = 0
        for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "\\")
        {
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            runStart = index + 1
            buffer.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
            case 0x08: buffer.append(UInt8(ascii: "b"))
            case 0x0C: buffer.append(UInt8(ascii: "f"))
            case 0x0A: buffer.append(UInt8(ascii: "n"))
            case 0x0D: buffer.append(UInt8(ascii: "r"))
            case 0x09: buffer.append(UInt8(ascii: "t"))
            default:
                buffer.append(contentsOf: "u00".utf8)
                buffer.append(hexDigits[Int(byte >> 4)])
                buffer.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }
}
