/// One `name=value` pair of a query string, unencoded.
public struct QueryItem: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// `name=value&…`, every byte outside RFC 3986's unreserved set percent-encoded, brackets included.
    public static func queryString(_ items: [QueryItem]) -> String {
        items.map { URLEncoding.component($0.name) + "=" + URLEncoding.component($0.value) }.joined(separator: "&")
    }
}

/// Strict percent-encoding for path segments and query parts (`/` in a SKU becomes `%2F`).
enum URLEncoding {
    static func component(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }

    private static let hex = Array("0123456789ABCDEF")
}
