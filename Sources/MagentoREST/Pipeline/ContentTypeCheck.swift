import HTTPTypes
import MagentoWire

/// Magento's checks on a request body's `Content-Type`, in Magento's order and words.
enum ContentTypeCheck {
    static func validate(_ header: String?) throws {
        guard let header, !header.isEmpty else {
            throw MagentoHTTPError(.badRequest, "Content-Type header is empty.")
        }
        // Magento's pattern: ^([a-z\d/\-+.]+)(?:; *charset=(.+))?$ (case-insensitive)
        let parts = header.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)
        let mediaType = parts[0].lowercased()
        let mediaAllowed = !mediaType.isEmpty && mediaType.allSatisfy { character in
            character.isASCII && (character.isLetter || character.isNumber || "/-+.".contains(character))
        }
        guard mediaAllowed else { throw MagentoHTTPError(.badRequest, "Content-Type header is invalid.") }
        if parts.count == 2 {
            let parameter = parts[1].drop(while: { $0 == " " })
            guard parameter.lowercased().hasPrefix("charset="), parameter.count > "charset=".count else {
                throw MagentoHTTPError(.badRequest, "Content-Type header is invalid.")
            }
            guard parameter.dropFirst("charset=".count).lowercased() == "utf-8" else {
                throw MagentoHTTPError(.badRequest, "UTF-8 is the only supported charset.")
            }
        }
        // Magento would also read XML bodies; Magpie reads JSON only (documented in docs/differences.md).
        guard mediaType == "application/json" else {
            throw MagentoHTTPError(
                .badRequest, "Server cannot understand Content-Type HTTP header media type %1",
                parameters: .positional([mediaType])
            )
        }
    }
}
