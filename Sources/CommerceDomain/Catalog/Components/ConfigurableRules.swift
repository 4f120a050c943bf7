import MagentoWire

/// A configurable product's options (`configurable_product_options`) and children
/// (`configurable_product_links`, child entity ids).
public enum ConfigurableRules {
    public static func requireConfigurable(_ product: Product) throws {
        guard product.typeId == "configurable" else {
            throw CommerceError.invalidInput(message: "This is implemented for the \"%1\" configurable product only.", parameters: [product.sku ?? ""])
        }
    }

    public static func addChild(_ childId: Int, to product: inout Product) throws {
        try requireConfigurable(product)
        var links = product.extensionAttributes?.configurableProductLinks ?? []
        guard !links.contains(childId) else {
            throw CommerceError.invalidState(message: "The product is already attached.")
        }
        links.append(childId)
        setLinks(links, on: &product)
    }

    public static func removeChild(_ childId: Int, from product: inout Product) throws {
        try requireConfigurable(product)
        var links = product.extensionAttributes?.configurableProductLinks ?? []
        guard let index = links.firstIndex(of: childId) else {
            throw CommerceError.notFound(message: "The option that was requested doesn't exist. Verify the entity and try again.")
        }
        links.remove(at: index)
        setLinks(links, on: &product)
    }

    public static func option(_ id: Int, in product: Product) throws -> ConfigurableProductOption {
        guard let option = product.extensionAttributes?.configurableProductOptions?.first(where: { $0.id == id }) else {
            throw CommerceError.notFound(message: "The \"%1\" entity that was requested doesn't exist. Verify the entity and try again.", parameters: [String(id)])
        }
        return option
    }

    /// Adds an option (no id) or replaces the one with `id`; returns the option's id.
    public static func save(_ option: ConfigurableProductOption, id: Int?, in product: inout Product, allocator: inout CatalogIdAllocator) throws -> Int {
        try requireConfigurable(product)
        guard let attributeId = option.attributeId, !attributeId.isEmpty else {
            throw CommerceError.invalidInput(message: "\"%1\" is required. Enter and try again.", parameters: ["attribute_id"])
        }
        guard let values = option.values, !values.isEmpty else {
            throw CommerceError.invalidInput(message: "Option values are not specified.")
        }
        var options = product.extensionAttributes?.configurableProductOptions ?? []
        var saved = option
        saved.productId = product.id
        if let id {
            guard let index = options.firstIndex(where: { $0.id == id }) else { _ = try self.option(id, in: product); return id }
            saved.id = id
            options[index] = saved
        } else {
            guard !options.contains(where: { $0.attributeId == attributeId }) else {
                throw CommerceError.invalidInput(message: "Something went wrong while saving option.")
            }
            saved.id = allocator.next(.configurableOption)
            saved.position = saved.position ?? options.count
            options.append(saved)
        }
        var extensions = product.extensionAttributes ?? ProductExtensionAttributes()
        extensions.configurableProductOptions = options
        product.extensionAttributes = extensions
        return saved.id ?? 0
    }

    public static func removeOption(_ id: Int, from product: inout Product) throws {
        _ = try option(id, in: product)
        product.extensionAttributes?.configurableProductOptions?.removeAll { $0.id == id }
    }

    static func setLinks(_ links: [Int], on product: inout Product) {
        var extensions = product.extensionAttributes ?? ProductExtensionAttributes()
        extensions.configurableProductLinks = links
        product.extensionAttributes = extensions
    }
}
