import CommerceDomain
import HTTPTypes

/// Serves stored product images: `GET /media/catalog/product/m/b/mb01.jpg`, the URL Magento's
/// storefront uses for a gallery entry whose `file` is `/m/b/mb01.jpg`.
enum MediaFiles {
    static let prefix = "/media/catalog/product/"

    static func reply(path: String, media: any MediaStorage) async throws -> JSONReply {
        let file = "/" + path.dropFirst(prefix.count)
        guard let bytes = try await media.read(file) else { throw MagentoHTTPError.noRoute }
        var reply = JSONReply(status: .ok, bytes: bytes, route: "GET /media")
        reply.contentType = contentType(of: file)
        reply.extraHeaders.append((.cacheControl, "public, max-age=86400"))
        return reply
    }

    static func contentType(of file: String) -> String {
        switch file.split(separator: ".").last?.lowercased() {
        case "png": "image/png"
        case "gif": "image/gif"
        case "webp": "image/webp"
        default: "image/jpeg"
        }
    }
}
