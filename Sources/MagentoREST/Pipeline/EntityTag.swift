import CommerceDomain
import Crypto
import Foundation
import HTTPTypes
import MagentoWire

/// ETags for GET responses: a strong tag from the body's SHA-256, and `If-None-Match` → 304.
/// Clients that poll (connectors re-reading a product) then pay for headers only.
enum EntityTag {
    static let ifNoneMatch = HTTPField.Name("If-None-Match")!
    static let ifMatch = HTTPField.Name("If-Match")!

    /// `Last-Modified` for an entity with an `updated_at` (Magento's UTC text), as an HTTP date.
    static func lastModified(_ bytes: [UInt8]) -> String? {
        // Only objects that say when they changed, and only their own top-level `updated_at`
        // (not an item's in a list). A scan, not a parse: this runs on every GET.
        guard bytes.first == UInt8(ascii: "{"), let value = topLevelString(named: "updated_at", in: bytes),
              let date = MagentoTimestamp.date(from: value) else { return nil }
        return httpDate(date)
    }

    /// The string value of a key of the outermost object, found by tracking depth and strings.
    static func topLevelString(named key: String, in bytes: [UInt8]) -> String? {
        let needle = Array("\"\(key)\":\"".utf8)
        var depth = 0
        var inString = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\\") { index += 2; continue }
                if byte == UInt8(ascii: "\"") { inString = false }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: "\""):
                if depth == 1, bytes[index...].starts(with: needle) {
                    let start = index + needle.count
                    guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
                    return String(decoding: bytes[start..<end], as: UTF8.self)
                }
                inString = true
            default: break
            }
            index += 1
        }
        return nil
    }

    /// RFC 9110's IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), formatted by hand: a
    /// DateFormatter per response cost a fifth of a product GET.
    static func httpDate(_ date: Date) -> String {
        let stamp = MagentoTimestamp.string(from: date)   // YYYY-MM-DD HH:MM:SS, UTC
        let parts = stamp.split(separator: " ")
        let ymd = parts[0].split(separator: "-")
        let days = Int(date.timeIntervalSince1970.rounded(.down) / 86_400)
        let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]   // 1970-01-01 was a Thursday
        let weekday = weekdays[((days % 7) + 7) % 7]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let month = months[(Int(ymd[1]) ?? 1) - 1]
        return "\(weekday), \(ymd[2]) \(month) \(ymd[0]) \(parts[1]) GMT"
    }

    /// The quoted hex of the first 16 bytes of the body's SHA-256, written straight into the
    /// string (a `String` per byte and a join cost more than the hash on small bodies).
    static func tag(for bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
        return String(unsafeUninitializedCapacity: 34) { buffer in
            buffer[0] = UInt8(ascii: "\"")
            var index = 1
            for byte in digest.prefix(16) {
                buffer[index] = HexDigits.digit(byte >> 4)
                buffer[index + 1] = HexDigits.digit(byte & 0xF)
                index += 2
            }
            buffer[index] = UInt8(ascii: "\"")
            return index + 1
        }
    }

    /// Whether an `If-None-Match` value names this tag (or `*`).
    static func matches(_ header: String?, tag: String) -> Bool {
        guard let header else { return false }
        return header.split(separator: ",").contains { candidate in
            let value = candidate.trimmingSpaces
            return value == "*" || value == tag || value == "W/" + tag
        }
    }
}
