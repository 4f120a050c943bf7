import CommerceDomain
import Foundation

/// The one way a resolver fails: Magento's message and its `extensions.category`.
///
/// Messages are Magento's, with parameters already substituted (GraphQL has no `parameters`
/// member). Domain errors thrown by services are mapped by `init(_:)`, so a resolver may let a
/// `CommerceError` pass through and the client still sees Magento's category.
public struct GraphQLFault: Error, Sendable, Equatable {
    public enum Category: String, Sendable {
        case input = "graphql-input"
        case authorization = "graphql-authorization"
        case authentication = "graphql-authentication"
        case noSuchEntity = "graphql-no-such-entity"
        case alreadyExists = "graphql-already-exists"
        /// Syntax and validation errors (what webonyx reports for its own errors).
        case graphql = "graphql"
    }

    public var category: Category
    public var message: String

    public init(_ category: Category, _ message: String) {
        self.category = category
        self.message = message
    }

    public static func input(_ message: String) -> GraphQLFault { GraphQLFault(.input, message) }
    public static func authorization(_ message: String) -> GraphQLFault { GraphQLFault(.authorization, message) }
    public static func authentication(_ message: String) -> GraphQLFault { GraphQLFault(.authentication, message) }
    public static func noSuchEntity(_ message: String) -> GraphQLFault { GraphQLFault(.noSuchEntity, message) }
    public static func alreadyExists(_ message: String) -> GraphQLFault { GraphQLFault(.alreadyExists, message) }

    /// `customer`, `customerCart` and friends without a customer token.
    public static let customerNotAuthorized = authorization("The current customer isn't authorized.")

    /// Any error a resolver let escape, in Magento's terms. Unknown errors are masked as
    /// Magento masks non-client-aware exceptions (production mode).
    public init(_ error: any Error) {
        switch error {
        case let fault as GraphQLFault:
            self = fault
        case let domain as CommerceError:
            self = Self.mapped(domain)
        default:
            self = GraphQLFault(.graphql, Self.developerMode ? "Internal server error: \(error)" : "Internal server error")
        }
    }

    /// `MAGPIE_GRAPHQL_DEBUG=1` shows what an unexpected error was, as Magento's developer mode does.
    static let developerMode = ProcessInfo.processInfo.environment["MAGPIE_GRAPHQL_DEBUG"] == "1"

    static func mapped(_ error: CommerceError) -> GraphQLFault {
        switch error {
        case .noSuchEntity(let field, let value):
            return noSuchEntity("No such entity with \(field) = \(value)")
        case .notFound(let message, let parameters):
            return noSuchEntity(Self.substitute(message, parameters))
        case .notFoundNamed(let message, let parameters):
            return noSuchEntity(Self.substitute(message, named: parameters))
        case .invalidInput(let message, let parameters), .invalidState(let message, let parameters):
            return input(Self.substitute(message, parameters))
        case .invalidInputNamed(let message, let parameters):
            return input(Self.substitute(message, named: parameters))
        case .multipleInputErrors(let errors), .validationFailed(let errors):
            return errors.first.map(mapped) ?? input("One or more input exceptions have occurred.")
        case .alreadyExists(let message, let parameters):
            return alreadyExists(Self.substitute(message, parameters))
        case .authenticationFailed:
            return authentication("The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.")
        case .authenticationRejected(let message):
            return authentication(message)
        }
    }

    /// `%1`, `%2` … replaced by the positional parameters, as Magento's `__()` renders them.
    static func substitute(_ template: String, _ parameters: [String]) -> String {
        var text = template
        for (index, value) in parameters.enumerated().reversed() {
            text = text.replacingOccurrences(of: "%\(index + 1)", with: value)
        }
        return text
    }

    /// `%name` replaced by the named parameter (longest names first, so `%fieldName` wins over `%field`).
    static func substitute(_ template: String, named parameters: [String: String]) -> String {
        var text = template
        for key in parameters.keys.sorted(by: { $0.count > $1.count }) {
            text = text.replacingOccurrences(of: "%\(key)", with: parameters[key] ?? "")
        }
        return text
    }
}
