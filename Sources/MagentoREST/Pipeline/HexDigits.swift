/// Lowercase hex digits written as bytes, for headers built on every request (ETags, request ids).
enum HexDigits {
    static func digit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") - 10 + nibble
    }
}
