/// Why catalog input was refused while binding, with Magento's exact wording.
///
/// These come from `ServiceInputProcessor::processCustomAttribute` and are all **400** responses
/// (`SerializationException`); ``errorBody`` gives the body the REST layer sends.
public enum CatalogInputError: Error, Sendable, Equatable {
    /// An entry has neither an attribute code nor a value (`{}`, `{"value": null}`, `[…]`).
    case emptyCustomAttribute
    /// An entry has a value but no usable code (missing, `""`, `"0"`, `0`, `false`).
    case missingAttributeCode
    /// An entry has a code but no `value` key at all (an explicit `null` value is accepted).
    case missingAttributeValue(attributeCode: String)

    /// The Magento error body for this failure: the message template plus positional parameters.
    public var errorBody: ErrorBody {
        switch self {
        case .emptyCustomAttribute:
            ErrorBody(message: "An empty custom attribute is specified. Enter the attribute and try again.")
        case .missingAttributeCode:
            ErrorBody(
                message: "A custom attribute is specified with a missing attribute code. Verify the code and try again."
            )
        case .missingAttributeValue(let attributeCode):
            ErrorBody(
                message: "The \"%1\" attribute code doesn't have a value set. Enter the value and try again.",
                parameters: .positional([attributeCode])
            )
        }
    }
}
