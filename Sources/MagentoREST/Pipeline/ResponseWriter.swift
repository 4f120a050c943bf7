import HTTPTypes
import Hummingbird
import MagentoWire
import NIOCore

/// Builds responses with the headers every Magento response carries, errors included
/// (one client reads `Content-Type` without a default).
enum ResponseWriter {
    static let requestIdField = HTTPField.Name("X-Request-Id")!

    static func json(_ status: HTTPResponse.Status, bytes: [UInt8], requestId: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[requestIdField] = requestId
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func error(_ error: MagentoHTTPError, requestId: String) -> Response {
        let bytes = (try? MagentoEncoder().encodeToBytes(error.body)) ?? Array(#"{"message":"Internal Error."}"#.utf8)
        return json(error.status, bytes: bytes, requestId: requestId)
    }
}
