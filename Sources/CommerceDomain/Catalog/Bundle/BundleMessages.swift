/// Magento's texts for bundle option and link errors (`Magento\Bundle\Model\LinkManagement`,
/// `OptionRepository`), in one place so REST, storage and checkout agree.
public enum BundleMessages {
    /// OptionRepository and getChildren on a product of another type (InputException, 400).
    public static let bundleOnly = CommerceError.invalidInput(message: "This is implemented for bundle products only.")

    /// addChild, saveChild and removeChild on a product of another type.
    public static func notBundle(_ sku: String) -> CommerceError {
        .invalidInput(message: "The product with the \"%1\" SKU isn't a bundle product.", parameters: [sku])
    }

    public static let optionMissing = CommerceError.notFound(
        message: "The option that was requested doesn't exist. Verify the entity and try again."
    )

    /// addChild to an option the bundle does not have (InputException, 400).
    public static func noSuchOption(sku: String, optionId: Int) -> CommerceError {
        .invalidInput(message: "Product with specified sku: \"%1\" does not contain option: \"%2\"", parameters: [sku, String(optionId)])
    }

    public static let compositeChild = CommerceError.invalidInput(message: "The bundle product can't contain another composite product.")

    public static func alreadyAssigned(childSku: String, sku: String) -> CommerceError {
        .invalidInput(message: "Child with specified sku: \"%1\" already assigned to product: \"%2\"", parameters: [childSku, sku])
    }

    public static let linkIdMissing = CommerceError.invalidInput(message: "The product link needs an ID field entered. Enter and try again.")

    public static func linkNotFound(_ id: String) -> CommerceError {
        .invalidInput(message: "The product link with the \"%1\" ID field wasn't found. Verify the ID and try again.", parameters: [id])
    }

    /// removeChild when the option has no such child (NoSuchEntityException, 404).
    public static let childMissing = CommerceError.notFound(message: "The bundle product doesn't exist. Review your request and try again.")
}
