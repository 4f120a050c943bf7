import Foundation
import MagentoWire

/// Checks an entry's `content` the way Magento's ImageContentValidator does, and names the file.
public enum ImageContentRules {
    public struct Decoded: Sendable {
        public var bytes: [UInt8]
        public var fileName: String
    }

    static let extensions = ["image/jpeg": "jpg", "image/jpg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp"]

    public static func decode(_ content: ImageContent) throws -> Decoded {
        guard let data = Data(base64Encoded: content.base64EncodedData ?? "", options: .ignoreUnknownCharacters), !data.isEmpty else {
            throw CommerceError.invalidInput(message: "The image content must be valid base64 encoded data.")
        }
        let bytes = [UInt8](data)
        guard let type = content.type?.lowercased(), let fileExtension = extensions[type], sniff(bytes) == fileExtension else {
            throw CommerceError.invalidInput(message: "The image MIME type is not valid or not supported.")
        }
        let name = content.name ?? ""
        let forbidden = CharacterSet(charactersIn: "/\\:*?\"<>|")
        guard !name.isEmpty, name.rangeOfCharacter(from: forbidden) == nil else {
            throw CommerceError.invalidInput(message: "Provided image name contains forbidden characters.")
        }
        let base = (name as NSString).deletingPathExtension
        return Decoded(bytes: bytes, fileName: safeName(base) + "." + fileExtension)
    }

    /// The format the bytes actually are, by signature.
    static func sniff(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "png" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "jpg" }
        if bytes.starts(with: [0x47, 0x49, 0x46, 0x38]) { return "gif" }
        if bytes.count >= 12, bytes.starts(with: [0x52, 0x49, 0x46, 0x46]), Array(bytes[8..<12]) == [0x57, 0x45, 0x42, 0x50] { return "webp" }
        return nil
    }

    /// Lowercase letters, digits, `-` and `_`, as Magento's file uploader keeps names.
    static func safeName(_ name: String) -> String {
        let kept = name.lowercased().map { character -> Character in
            character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_") ? character : "_"
        }
        return kept.isEmpty ? "image" : String(kept)
    }
}
