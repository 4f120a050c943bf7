/// Magento's CredentialsValidator: both fields are required, and both missing is reported
/// as one aggregate error listing each.
public enum CredentialsValidator {
    public static func validate(username: String?, password: String?) throws {
        var errors: [CommerceError] = []
        if (username ?? "").isEmpty { errors.append(.required("username")) }
        if (password ?? "").isEmpty { errors.append(.required("password")) }
        switch errors.count {
        case 0: return
        case 1: throw errors[0]
        default: throw CommerceError.multipleInputErrors(errors)
        }
    }
}

extension CommerceError {
    /// `"%fieldName" is required. Enter and try again.`
    public static func required(_ fieldName: String) -> CommerceError {
        .invalidInputNamed(
            message: "\"%fieldName\" is required. Enter and try again.",
            parameters: ["fieldName": fieldName]
        )
    }
}
