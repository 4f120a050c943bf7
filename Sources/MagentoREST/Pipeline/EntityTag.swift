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
        // Only objects that say when they changed; cheap prefix test before parsing.
        guard bytes.first == UInt8(ascii: "{"), let text = String(validating: bytes, as: UTF8.self),
              text.contains("\"updated_at\""), let value = try? JSONValue.parse(bytes),
              let updated = value["updated_at"]?.stringValue, let date = MagentoTimestamp.date(from: updated) else { return nil }
        return httpDate(date)
    }

    static func httpDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }

    static func tag(for bytes: [UInt8]) -> String {
        "\"" + SHA256.hash(data: bytes).prefix(16).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined() + "\""
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
