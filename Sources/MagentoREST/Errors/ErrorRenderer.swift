import CommerceDomain
import Foundation
import HTTPTypes
import Logging
import MagentoWire

/// The one place where any error, from any layer, becomes Magento's status and body.
///
/// Unexpected errors are masked as Magento masks them: a 500 whose message carries a report id,
/// with the details only in our log.
public struct ErrorRenderer: Sendable {
    public init() {}

    public func render(_ error: any Error, logger: Logger) -> MagentoHTTPError {
        switch error {
        case let error as MagentoHTTPError:
            return error
        case let error as CommerceError:
            return Self.map(error)
        case let error as BindingError:
            return MagentoHTTPError(status: .badRequest, body: error.errorBody)
        case let error as CatalogInputError:
            return MagentoHTTPError(status: .badRequest, body: error.errorBody)
        default:
            let reportId = "webapi-" + Self.reportId()
            logger.error("Unexpected error", metadata: ["report_id": .string(reportId), "error": "\(String(reflecting: error))"])
            return MagentoHTTPError(
                .internalServerError,
                "Internal Error. Details are available in Magento log file. Report ID: \(reportId)"
            )
        }
    }

    static func map(_ error: CommerceError) -> MagentoHTTPError {
        MagentoHTTPError(status: status(of: error), body: body(of: error))
    }

    static func status(of error: CommerceError) -> HTTPResponse.Status {
        switch error {
        case .noSuchEntity, .notFound, .notFoundNamed: .notFound
        case .authenticationFailed, .authenticationRejected: .unauthorized
        case .invalidInput, .invalidInputNamed, .multipleInputErrors, .alreadyExists, .invalidState,
             .validationFailed: .badRequest
        }
    }

    static func body(of error: CommerceError) -> ErrorBody {
        switch error {
        case .noSuchEntity(let field, let value):
            ErrorBody(
                message: "No such entity with %fieldName = %fieldValue",
                parameters: .named(["fieldName": field, "fieldValue": value])
            )
        case .notFound(let message, let parameters), .invalidInput(let message, let parameters),
             .alreadyExists(let message, let parameters), .invalidState(let message, let parameters):
            ErrorBody(message: message, parameters: parameters.isEmpty ? nil : .positional(parameters))
        case .invalidInputNamed(let message, let parameters), .notFoundNamed(let message, let parameters):
            ErrorBody(
                message: message,
                parameters: .named(parameters.sorted { $0.key < $1.key }.map { .init($0.key, $0.value) })
            )
        case .validationFailed(let errors):
            ErrorBody(message: "Validation Failed", errors: errors.map(body(of:)))
        case .multipleInputErrors(let errors):
            // A single-error aggregate is reported as that error, as Magento's InputException does.
            errors.count == 1
                ? body(of: errors[0])
                : ErrorBody(message: "One or more input exceptions have occurred.", errors: errors.map(body(of:)))
        case .authenticationFailed:
            ErrorBody(message: "The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.")
        case .authenticationRejected(let message):
            ErrorBody(message: message)
        }
    }

    /// 13 hex characters, the shape of PHP's `uniqid()`.
    static func reportId() -> String {
        let micros = UInt64(Date().timeIntervalSince1970 * 1_000_000)
        let hex = String(micros, radix: 16)
        let padded = String(repeating: "0", count: max(0, 13 - hex.count)) + hex
        return String(padded.suffix(13))
    }
}
