import HTTPTypes
import MagentoWire

/// Accept negotiation: JSON for a missing header, `*/*`, `application/*` or `application/json`.
///
/// Magento can also render XML; Magpie renders JSON only, so any other type gets Magento's 406.
enum AcceptNegotiation {
    static func requireJSON(_ header: String?) throws {
        guard let header, !header.trimmingSpaces.isEmpty else { return }
        for item in header.split(separator: ",") {
            let mediaType = item.split(separator: ";", maxSplits: 1)[0].trimmingSpaces.lowercased()
            if mediaType == "*/*" || mediaType == "application/*" || mediaType == "application/json" {
                return
            }
        }
        throw MagentoHTTPError(
            .notAcceptable,
            "Server cannot match any of the given Accept HTTP header media type(s) from the request: \"%1\" with media types from the config of response renderer.",
            parameters: .positional([header])
        )
    }
}

extension StringProtocol {
    var trimmingSpaces: Substring {
        let trimmed = drop(while: { $0 == " " || $0 == "\t" })
        return Substring(trimmed.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
