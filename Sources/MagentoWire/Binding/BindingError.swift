/// Why request input could not be bound to a service argument, with Magento's exact wording.
///
/// All of these are **400** responses; ``errorBody`` gives the body the REST layer sends.
public enum BindingError: Error, Sendable, Equatable {
    /// A required argument or field is missing or null; `fieldName` is its camelCase name.
    case required(fieldName: String)
    /// A nested object carries a key its type does not declare; `fieldName` is UpperCamelCase.
    case notSupported(fieldName: String)
    /// A scalar could not be converted; `value` is the input as PHP prints it, `type` is `int`, `float`, …
    case invalidType(value: String, type: String)
    /// A scalar was sent where an array is expected.
    case notAllParametersValid

    /// The Magento error body for this failure (message template plus named parameters).
    public var errorBody: ErrorBody {
        switch self {
        case .required(let fieldName):
            ErrorBody(
                message: "\"%fieldName\" is required. Enter and try again.",
                parameters: .named(["fieldName": fieldName])
            )
        case .notSupported(let fieldName):
            ErrorBody(
                message: "\"%fieldName\" is not supported. Correct the field name and try again.",
                parameters: .named(["fieldName": fieldName])
            )
        case .invalidType(let value, let type):
            ErrorBody(
                message: "The \"%value\" value's type is invalid. The \"%type\" type was expected. Verify and try again.",
                parameters: .named(["value": value, "type": type])
            )
        case .notAllParametersValid:
            ErrorBody(message: "Not all parameters valid.")
        }
    }
}
