import Crypto
import HTTPTypes

/// ETags for GET responses: a strong tag from the body's SHA-256, and `If-None-Match` → 304.
/// Clients that poll (connectors re-reading a product) then pay for headers only.
enum EntityTag {
    static let ifNoneMatch = HTTPField.Name("If-None-Match")!

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
