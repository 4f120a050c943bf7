/// The input errors Magento's tax and sales rule repositories raise, spelled once.
enum RepositoryInputErrors {
    static func required(_ field: String) -> CommerceError {
        .invalidInputNamed(message: "\"%fieldName\" is required. Enter and try again.", parameters: ["fieldName": field])
    }

    static func invalidValue(_ field: String, _ value: String) -> CommerceError {
        .invalidInputNamed(
            message: "Invalid value of \"%value\" provided for the %fieldName field.",
            parameters: ["fieldName": field, "value": value]
        )
    }

    /// Every problem at once, or nothing; one problem is reported alone by the renderer.
    static func throwIfAny(_ errors: [CommerceError]) throws {
        if !errors.isEmpty { throw CommerceError.multipleInputErrors(errors) }
    }
}
