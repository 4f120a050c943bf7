import MagentoWire

/// The product attributes every Magento 2.4 installation starts with (plus `color` and `size`,
/// which the demo data and most connectors expect), in the default attribute set 4.
///
/// Ids follow a fresh 2.4 install where known; they matter only to clients that hard-code them.
public enum StandardAttributes {
    public struct Entry: Sendable {
        public var definition: AttributeDefinition
        public var label: String
        public var group: String
        public var isUserDefined: Bool
        public var sourceModel: String?
        /// Fixed options of source-model attributes (value, label); stored options live in the database.
        public var fixedOptions: [(value: String, label: String)]
        /// Options created in the database for user-defined selects.
        public var seededOptions: [String]
    }

    /// Attribute set 4 and its groups (id, name, code, sort order).
    public static let defaultSetId = 4
    public static let productEntityTypeId = 4
    public static let groups: [(id: Int, name: String, code: String, sort: Int)] = [
        (7, "Product Details", "product-details", 1),
        (8, "Advanced Pricing", "advanced-pricing", 2),
        (9, "Search Engine Optimization", "search-engine-optimization", 3),
        (10, "Images", "image-management", 4),
        (11, "Content", "content", 5),
    ]

    static let yesNo: [(value: String, label: String)] = [("1", "Yes"), ("0", "No")]

    public static let entries: [Entry] = [
        entry(73, "name", "Product Name", "text", "varchar", .store, "Product Details", required: true),
        entry(74, "sku", "SKU", "text", "static", .global, "Product Details", required: true, unique: true),
        entry(75, "description", "Description", "textarea", "text", .store, "Content"),
        entry(76, "short_description", "Short Description", "textarea", "text", .store, "Content"),
        entry(77, "price", "Price", "price", "decimal", .global, "Product Details", required: true),
        entry(78, "special_price", "Special Price", "price", "decimal", .global, "Advanced Pricing"),
        entry(79, "special_from_date", "Special Price From Date", "date", "datetime", .global, "Advanced Pricing"),
        entry(80, "special_to_date", "Special Price To", "date", "datetime", .global, "Advanced Pricing"),
        entry(81, "cost", "Cost", "price", "decimal", .global, "Advanced Pricing"),
        entry(82, "weight", "Weight", "weight", "decimal", .global, "Product Details"),
        entry(83, "manufacturer", "Manufacturer", "select", "int", .global, "Product Details", userDefined: true),
        entry(84, "meta_title", "Meta Title", "text", "varchar", .store, "Search Engine Optimization"),
        entry(85, "meta_keyword", "Meta Keywords", "textarea", "text", .store, "Search Engine Optimization"),
        entry(86, "meta_description", "Meta Description", "textarea", "varchar", .store, "Search Engine Optimization"),
        entry(87, "image", "Base", "media_image", "varchar", .store, "Images"),
        entry(88, "small_image", "Small", "media_image", "varchar", .store, "Images"),
        entry(89, "thumbnail", "Thumbnail", "media_image", "varchar", .store, "Images"),
        entry(
            93, "color", "Color", "select", "int", .global, "Product Details", userDefined: true,
            seeded: ["Black", "Blue", "Brown", "Gray", "Green", "Orange", "Purple", "Red", "White", "Yellow"]
        ),
        entry(94, "news_from_date", "Set Product as New from Date", "date", "datetime", .website, "Product Details"),
        entry(95, "news_to_date", "Set Product as New to Date", "date", "datetime", .website, "Product Details"),
        entry(
            97, "status", "Enable Product", "boolean", "int", .website, "Product Details",
            source: "Magento\\Catalog\\Model\\Product\\Attribute\\Source\\Status", fixed: [("1", "Enabled"), ("2", "Disabled")]
        ),
        entry(
            99, "visibility", "Visibility", "select", "int", .store, "Product Details",
            source: "Magento\\Catalog\\Model\\Product\\Visibility",
            fixed: [("1", "Not Visible Individually"), ("2", "Catalog"), ("3", "Search"), ("4", "Catalog, Search")]
        ),
        entry(
            106, "options_container", "Display Product Options In", "select", "varchar", .store, "Product Details",
            source: "Magento\\Catalog\\Model\\Entity\\Product\\Attribute\\Design\\Options\\Container",
            fixed: [("container1", "Product Info Column"), ("container2", "Block after Info Column")]
        ),
        entry(121, "url_key", "URL Key", "text", "varchar", .store, "Search Engine Optimization"),
        entry(
            125, "country_of_manufacture", "Country of Manufacture", "select", "varchar", .website, "Product Details",
            source: "Magento\\Catalog\\Model\\Product\\Attribute\\Source\\Countryofmanufacture"
        ),
        entry(
            132, "tax_class_id", "Tax Class", "select", "int", .website, "Product Details",
            source: "Magento\\Tax\\Model\\TaxClass\\Source\\Product", fixed: [("0", "None"), ("2", "Taxable Goods")]
        ),
        entry(
            133, "gift_message_available", "Allow Gift Message", "boolean", "varchar", .store, "Product Details",
            source: "Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Boolean", fixed: yesNo
        ),
        entry(134, "swatch_image", "Swatch", "media_image", "varchar", .store, "Images"),
        entry(135, "category_ids", "Categories", "categories", "static", .global, "Product Details"),
        entry(
            144, "size", "Size", "select", "int", .global, "Product Details", userDefined: true,
            seeded: ["XS", "S", "M", "L", "XL"]
        ),
        entry(
            145, "material", "Material", "multiselect", "varchar", .global, "Product Details", userDefined: true,
            seeded: ["Cotton", "Leather", "Metal", "Plastic", "Wood", "Wool"]
        ),
    ]

    /// The id after the last standard attribute: new attributes start here.
    public static let firstCustomId = 200

    static func entry(
        _ id: Int, _ code: String, _ label: String, _ input: String, _ backend: String,
        _ scope: AttributeDefinition.Scope, _ group: String, required: Bool = false, unique: Bool = false,
        userDefined: Bool = false, source: String? = nil, fixed: [(value: String, label: String)] = [],
        seeded: [String] = []
    ) -> Entry {
        Entry(
            definition: AttributeDefinition(
                id: id, code: code, frontendInput: input, backendType: backend, scope: scope,
                isRequired: required, isUnique: unique
            ),
            label: label, group: group, isUserDefined: userDefined, sourceModel: source,
            fixedOptions: fixed.isEmpty && input == "boolean" ? yesNo : fixed, seededOptions: seeded
        )
    }

    /// Fixed options by attribute code, for source-model attributes.
    public static let fixedOptions: [String: [(value: String, label: String)]] = Dictionary(
        uniqueKeysWithValues: (entries + bundleEntries + downloadableEntries).filter { !$0.fixedOptions.isEmpty }.map { ($0.definition.code, $0.fixedOptions) }
    )

    /// The wire form of a standard attribute, with Magento's flags for an attribute of its kind.
    public static func wire(_ entry: Entry) -> ProductAttribute {
        ProductAttribute.describing(
            entry.definition, label: entry.label, isUserDefined: entry.isUserDefined, sourceModel: entry.sourceModel
        )
    }
}

extension ProductAttribute {
    /// A complete attribute document for a definition, every flag set as Magento reports it for a
    /// new attribute; a client's create request is laid over this.
    public static func describing(
        _ definition: AttributeDefinition, label: String, isUserDefined: Bool, sourceModel: String? = nil
    ) -> ProductAttribute {
        let isSelect = ["select", "multiselect", "boolean"].contains(definition.frontendInput)
        return ProductAttribute(
            isWysiwygEnabled: false, isHtmlAllowedOnFront: definition.frontendInput == "textarea",
            usedForSortBy: ["name", "price"].contains(definition.code), isFilterable: isSelect && isUserDefined,
            isFilterableInSearch: isSelect && isUserDefined, isUsedInGrid: true, isVisibleInGrid: false,
            isFilterableInGrid: true, position: 0, applyTo: [],
            isSearchable: ["name", "sku", "description", "short_description"].contains(definition.code) ? "1" : "0",
            isVisibleInAdvancedSearch: "0", isComparable: "0", isUsedForPromoRules: "0", isVisibleOnFront: "0",
            usedInProductListing: ["name", "price", "status", "visibility"].contains(definition.code) ? "1" : "0",
            isVisible: true, scope: definition.scope.rawValue, attributeId: definition.id,
            attributeCode: definition.code, frontendInput: definition.frontendInput, entityTypeId: "4",
            isRequired: definition.isRequired, options: [], isUserDefined: isUserDefined,
            defaultFrontendLabel: label, frontendLabels: [], backendType: definition.backendType,
            sourceModel: sourceModel, defaultValue: nil, isUnique: definition.isUnique ? "1" : "0",
            validationRules: []
        )
    }
}
