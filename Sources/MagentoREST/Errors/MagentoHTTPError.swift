import HTTPTypes
import MagentoWire

/// An error already in Magento's terms: a status and the exact body to send.
public struct MagentoHTTPError: Error, Sendable, Equatable {
    public var status: HTTPResponse.Status
    public var body: ErrorBody

    public init(_ status: HTTPResponse.Status, _ message: String, parameters: ErrorParameters? = nil) {
        self.status = status
        self.body = ErrorBody(message: message, parameters: parameters)
    }

    public init(status: HTTPResponse.Status, body: ErrorBody) {
        self.status = status
        self.body = body
    }

    static let noRoute = MagentoHTTPError(.notFound, "Request does not match any route.")
    static let cannotProcess = MagentoHTTPError(.badRequest, "Specified request cannot be processed.")
    static let invalidMethod = MagentoHTTPError(.badRequest, "Request method is invalid.")
    static let decodingError = MagentoHTTPError(.badRequest, "Decoding error.")

    static func unauthorized(_ resources: [String]) -> MagentoHTTPError {
        MagentoHTTPError(
            .unauthorized, "The consumer isn't authorized to access %resources.",
            parameters: .named(["resources": resources.joined(separator: ", ")])
        )
    }
}
