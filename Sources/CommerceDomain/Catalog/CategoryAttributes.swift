import MagentoWire

/// The category attributes of a fresh Magento 2.4 (entity type 3), for the read-only
/// `/V1/categories/attributes` lookups. Categories keep extra values in `custom_attributes`.
public enum CategoryAttributes {
    public static let all: [ProductAttribute] = [
        make(45, "name", "Name", "text", "varchar", .store, required: true),
        make(46, "is_active", "Enable Category", "boolean", "int", .store, required: true),
        make(47, "description", "Description", "textarea", "text", .store),
        make(48, "image", "Image", "image", "varchar", .store),
        make(49, "meta_title", "Page Title", "text", "varchar", .store),
        make(50, "meta_keywords", "Meta Keywords", "textarea", "text", .store),
        make(51, "meta_description", "Meta Description", "textarea", "text", .store),
        make(52, "display_mode", "Display Mode", "select", "varchar", .store),
        make(54, "is_anchor", "Anchor", "boolean", "int", .store),
        make(69, "include_in_menu", "Include in Navigation Menu", "boolean", "int", .store, required: true),
        make(119, "url_key", "URL Key", "text", "varchar", .store),
        make(120, "url_path", "URL Path", "text", "varchar", .store),
    ]

    /// Fixed options of the select and yes/no attributes.
    public static func options(_ code: String) -> [AttributeOption]? {
        if let fixed = fixedOptions(code) { return fixed }
        return all.contains { $0.attributeCode == code } ? [] : nil
    }

    static func fixedOptions(_ code: String) -> [AttributeOption]? {
        switch code {
        case "display_mode":
            [("PRODUCTS", "Products only"), ("PAGE", "Static block only"), ("PRODUCTS_AND_PAGE", "Static block and products")]
                .map { AttributeOption(label: $0.1, value: $0.0) }
        case "is_active", "is_anchor", "include_in_menu":
            [AttributeOption(label: "Yes", value: "1"), AttributeOption(label: "No", value: "0")]
        default:
            nil
        }
    }

    private static func make(
        _ id: Int, _ code: String, _ label: String, _ input: String, _ backend: String, _ scope: AttributeDefinition.Scope,
        required: Bool = false
    ) -> ProductAttribute {
        var attribute = ProductAttribute.describing(
            AttributeDefinition(id: id, code: code, frontendInput: input, backendType: backend, scope: scope, isRequired: required),
            label: label, isUserDefined: false
        )
        attribute.entityTypeId = "3"
        attribute.isSearchable = "0"
        attribute.usedInProductListing = "0"
        attribute.usedForSortBy = false
        attribute.options = fixedOptions(code) ?? []   // not `options`: it reads `all`, still being built
        return attribute
    }
}
