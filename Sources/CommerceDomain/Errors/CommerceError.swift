/// Errors the domain and storage raise. Exactly one place (MagentoREST's error renderer) turns
/// them into Magento's error body and status.
public enum CommerceError: Error, Sendable, Equatable {
    /// 404 `No such entity with %fieldName = %fieldValue`.
    case noSuchEntity(field: String, value: String)
    /// 404 with a resource-specific message template and positional parameters.
    case notFound(message: String, parameters: [String] = [])
    /// 400 with Magento's message template and positional parameters.
    case invalidInput(message: String, parameters: [String] = [])
    /// 400 with named parameters (`%fieldName`).
    case invalidInputNamed(message: String, parameters: [String: String])
    /// 400 `One or more input exceptions have occurred.` with one entry per problem.
    case multipleInputErrors([CommerceError])
    /// 400: a unique key is taken.
    case alreadyExists(message: String, parameters: [String] = [])
    /// 401: credentials rejected (wrong, locked or inactive: deliberately indistinguishable).
    case authenticationFailed
    /// 400: a state transition that is not allowed.
    case invalidState(message: String, parameters: [String] = [])
    /// 404 with named parameters (`Source with code "%value" does not exist.`).
    case notFoundNamed(message: String, parameters: [String: String])
    /// 400 `Validation Failed` listing every problem, even a single one (MSI's ValidationException).
    case validationFailed([CommerceError])
    /// 401 with its own message (`The password doesn't match this account…`).
    case authenticationRejected(message: String)
}
