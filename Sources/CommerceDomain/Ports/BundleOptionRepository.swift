import MagentoWire

/// A bundle product's options and their selections (`/V1/bundle-products/…`). Every method
/// first finds the bundle by SKU (404 when unknown) and refuses a product of another type.
public protocol BundleOptionRepository: Sendable {
    /// The options with their links, by position then id.
    func options(sku: String) async throws -> [BundleOption]
    func option(sku: String, optionId: Int) async throws -> BundleOption
    /// Creates the option (no `option_id`, its links added too) or updates it (its links synced:
    /// links with an id updated, without one added, the others removed). Returns the option id.
    func saveOption(_ option: BundleOption) async throws -> Int
    func deleteOption(sku: String, optionId: Int) async throws
    /// Every option's links, or one option's.
    func children(sku: String, optionId: Int?) async throws -> [BundleLink]
    /// Adds a child product to an option; returns the new selection id.
    func addChild(sku: String, optionId: Int, link: BundleLink) async throws -> Int
    /// Updates the selection `link.id`.
    func saveChild(sku: String, link: BundleLink) async throws
    func removeChild(sku: String, optionId: Int, childSku: String) async throws
}
