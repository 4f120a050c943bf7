/// The grammar PHP's `php_register_variable_ex` applies to a decoded query key.
enum PHPVariableName {
    enum Segment: Equatable {
        case key(String)
        /// `[]`: the next free integer index.
        case append
    }

    /// The path a key addresses, base name first; nil when PHP would drop the variable.
    static func parse(_ decoded: [UInt8]) -> [Segment]? {
        // PHP treats the name as a C string: a decoded NUL ends it.
        var bytes = decoded.prefix { $0 != 0 }.drop { $0 == UInt8(ascii: " ") }.map { $0 }
        var bracket: Int?
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: ".") {
                bytes[index] = UInt8(ascii: "_")
            } else if byte == UInt8(ascii: "[") {
                bracket = index
                break
            }
        }
        let baseEnd = bracket ?? bytes.count
        guard baseEnd > 0 else { return nil }
        var path: [Segment] = [.key(text(bytes[..<baseEnd]))]
        guard var open = bracket else { return path }

        var nesting = 0
        while true {
            nesting += 1
            guard nesting <= PHPQuery.maximumNesting else { return nil }
            let segmentStart = open + 1
            guard let close = bytes[segmentStart...].firstIndex(of: UInt8(ascii: "]")) else {
                if path.count == 1 {
                    // An unclosed first bracket is not an index: PHP keeps it in the name as `_`.
                    let tail = bytes[open...].map { byte in
                        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "[")
                            ? UInt8(ascii: "_") : byte
                    }
                    return [.key(text(bytes[..<open]) + text(tail[...]))]
                }
                // A later unclosed bracket is ignored; the value lands on the path so far.
                return path
            }
            path.append(close == segmentStart ? .append : .key(text(bytes[segmentStart..<close])))
            // Anything after `]` other than another `[` is ignored, as in PHP.
            guard close + 1 < bytes.count, bytes[close + 1] == UInt8(ascii: "[") else { return path }
            open = close + 1
        }
    }

    /// The integer a key stands for when PHP would store it as an integer key (`"0"`, `"12"`, `"-3"`,
    /// but not `"01"` or `"-0"`).
    static func integerKey(_ key: String) -> Int? {
        let utf8 = key.utf8
        guard let first = utf8.first else { return nil }
        let digits = first == UInt8(ascii: "-") ? utf8.dropFirst() : utf8[...]
        guard let leading = digits.first else { return nil }
        if leading == UInt8(ascii: "0") && (digits.count > 1 || first == UInt8(ascii: "-")) { return nil }
        return Int(key)
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
