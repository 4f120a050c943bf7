import HTTPTypes
import Hummingbird
import MagentoWire
import NIOCore

/// A finished JSON answer: what is sent, and what an idempotency key stores and replays.
public struct JSONReply: Sendable {
    public var status: HTTPResponse.Status
    public var bytes: [UInt8]
    public var extraHeaders: [(HTTPField.Name, String)] = []
    /// The matched route (`GET /V1/store/websites`) for metrics; nil when nothing matched.
    public var route: String?
    /// Only `/metrics` answers with something other than JSON.
    public var contentType = "application/json; charset=utf-8"

    public init(
        status: HTTPResponse.Status, bytes: [UInt8], extraHeaders: [(HTTPField.Name, String)] = [], route: String? = nil,
        contentType: String = "application/json; charset=utf-8"
    ) {
        self.status = status
        self.bytes = bytes
        self.extraHeaders = extraHeaders
        self.route = route
        self.contentType = contentType
    }
}

/// Builds responses with the headers every Magento response carries, errors included
/// (one client reads `Content-Type` without a default).
enum ResponseWriter {
    static func response(_ reply: JSONReply, requestId: String) -> Response {
        var response = json(reply.status, bytes: reply.bytes, requestId: requestId)
        response.headers[.contentType] = reply.contentType
        for (name, value) in reply.extraHeaders { response.headers[name] = value }
        return response
    }

    static func errorReply(_ error: MagentoHTTPError) -> JSONReply {
        let bytes = (try? MagentoEncoder().encodeToBytes(error.body)) ?? Array(#"{"message":"Internal Error."}"#.utf8)
        return JSONReply(status: error.status, bytes: bytes)
    }

    static let requestIdField = HTTPField.Name("X-Request-Id")!

    static func json(_ status: HTTPResponse.Status, bytes: [UInt8], requestId: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[requestIdField] = requestId
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func error(_ error: MagentoHTTPError, requestId: String) -> Response {
        response(errorReply(error), requestId: requestId)
    }
}
