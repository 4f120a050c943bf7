/// `catalog-data-product-attribute-interface`: an EAV attribute of products, `/V1/products/attributes`.
///
/// Keys follow Magento's getter order: `EavAttributeInterface`'s catalog flags first, then the
/// generic `AttributeInterface` fields. Types are the interface docblocks' (which the schema copies)
/// and are not uniform: `is_searchable`, `is_visible_in_advanced_search`, `is_comparable`,
/// `is_used_for_promo_rules`, `is_visible_on_front`, `used_in_product_listing` and `is_unique` are
/// `"0"`/`"1"` strings; the grid, navigation and HTML flags are booleans; `entity_type_id` is a string.
public struct ProductAttribute: Codable, Sendable, Equatable {
    public var isWysiwygEnabled: Bool?
    public var isHtmlAllowedOnFront: Bool?
    public var usedForSortBy: Bool?
    /// Layered navigation. The interface says bool; the stored value is 0, 1 or 2.
    public var isFilterable: Bool?
    public var isFilterableInSearch: Bool?
    public var isUsedInGrid: Bool?
    public var isVisibleInGrid: Bool?
    public var isFilterableInGrid: Bool?
    public var position: Int?
    /// Product types the attribute applies to; empty means all.
    public var applyTo: [String]?
    public var isSearchable: String?
    public var isVisibleInAdvancedSearch: String?
    public var isComparable: String?
    public var isUsedForPromoRules: String?
    public var isVisibleOnFront: String?
    public var usedInProductListing: String?
    public var isVisible: Bool?
    /// `global`, `website` or `store`.
    public var scope: String?
    public var extensionAttributes: JSONObject?
    public var attributeId: Int?
    /// Required by the schema.
    public var attributeCode: String?
    /// `text`, `textarea`, `select`, `multiselect`, `boolean`, `date`, `price`, …
    public var frontendInput: String?
    public var entityTypeId: String?
    public var isRequired: Bool?
    public var options: [AttributeOption]?
    public var isUserDefined: Bool?
    public var defaultFrontendLabel: String?
    public var frontendLabels: [AttributeFrontendLabel]?
    public var note: String?
    /// `static`, `varchar`, `int`, `decimal`, `datetime`, `text`.
    public var backendType: String?
    public var backendModel: String?
    public var sourceModel: String?
    public var defaultValue: String?
    public var isUnique: String?
    public var frontendClass: String?
    public var validationRules: [AttributeValidationRule]?
    /// Read in list or map form, written as a list.
    public var customAttributes: CustomAttributeList?

    public init(
        isWysiwygEnabled: Bool? = nil,
        isHtmlAllowedOnFront: Bool? = nil,
        usedForSortBy: Bool? = nil,
        isFilterable: Bool? = nil,
        isFilterableInSearch: Bool? = nil,
        isUsedInGrid: Bool? = nil,
        isVisibleInGrid: Bool? = nil,
        isFilterableInGrid: Bool? = nil,
        position: Int? = nil,
        applyTo: [String]? = nil,
        isSearchable: String? = nil,
        isVisibleInAdvancedSearch: String? = nil,
        isComparable: String? = nil,
        isUsedForPromoRules: String? = nil,
        isVisibleOnFront: String? = nil,
        usedInProductListing: String? = nil,
        isVisible: Bool? = nil,
        scope: String? = nil,
        extensionAttributes: JSONObject? = nil,
        attributeId: Int? = nil,
        attributeCode: String? = nil,
        frontendInput: String? = nil,
        entityTypeId: String? = nil,
        isRequired: Bool? = nil,
        options: [AttributeOption]? = nil,
        isUserDefined: Bool? = nil,
        defaultFrontendLabel: String? = nil,
        frontendLabels: [AttributeFrontendLabel]? = nil,
        note: String? = nil,
        backendType: String? = nil,
        backendModel: String? = nil,
        sourceModel: String? = nil,
        defaultValue: String? = nil,
        isUnique: String? = nil,
        frontendClass: String? = nil,
        validationRules: [AttributeValidationRule]? = nil,
        customAttributes: CustomAttributeList? = nil
    ) {
        self.isWysiwygEnabled = isWysiwygEnabled
        self.isHtmlAllowedOnFront = isHtmlAllowedOnFront
        self.usedForSortBy = usedForSortBy
        self.isFilterable = isFilterable
        self.isFilterableInSearch = isFilterableInSearch
        self.isUsedInGrid = isUsedInGrid
        self.isVisibleInGrid = isVisibleInGrid
        self.isFilterableInGrid = isFilterableInGrid
        self.position = position
        self.applyTo = applyTo
        self.isSearchable = isSearchable
        self.isVisibleInAdvancedSearch = isVisibleInAdvancedSearch
        self.isComparable = isComparable
        self.isUsedForPromoRules = isUsedForPromoRules
        self.isVisibleOnFront = isVisibleOnFront
        self.usedInProductListing = usedInProductListing
        self.isVisible = isVisible
        self.scope = scope
        self.extensionAttributes = extensionAttributes
        self.attributeId = attributeId
        self.attributeCode = attributeCode
        self.frontendInput = frontendInput
        self.entityTypeId = entityTypeId
        self.isRequired = isRequired
        self.options = options
        self.isUserDefined = isUserDefined
        self.defaultFrontendLabel = defaultFrontendLabel
        self.frontendLabels = frontendLabels
        self.note = note
        self.backendType = backendType
        self.backendModel = backendModel
        self.sourceModel = sourceModel
        self.defaultValue = defaultValue
        self.isUnique = isUnique
        self.frontendClass = frontendClass
        self.validationRules = validationRules
        self.customAttributes = customAttributes
    }

    enum CodingKeys: String, CodingKey {
        case isWysiwygEnabled = "is_wysiwyg_enabled"
        case isHtmlAllowedOnFront = "is_html_allowed_on_front"
        case usedForSortBy = "used_for_sort_by"
        case isFilterable = "is_filterable"
        case isFilterableInSearch = "is_filterable_in_search"
        case isUsedInGrid = "is_used_in_grid"
        case isVisibleInGrid = "is_visible_in_grid"
        case isFilterableInGrid = "is_filterable_in_grid"
        case position
        case applyTo = "apply_to"
        case isSearchable = "is_searchable"
        case isVisibleInAdvancedSearch = "is_visible_in_advanced_search"
        case isComparable = "is_comparable"
        case isUsedForPromoRules = "is_used_for_promo_rules"
        case isVisibleOnFront = "is_visible_on_front"
        case usedInProductListing = "used_in_product_listing"
        case isVisible = "is_visible"
        case scope
        case extensionAttributes = "extension_attributes"
        case attributeId = "attribute_id"
        case attributeCode = "attribute_code"
        case frontendInput = "frontend_input"
        case entityTypeId = "entity_type_id"
        case isRequired = "is_required"
        case options
        case isUserDefined = "is_user_defined"
        case defaultFrontendLabel = "default_frontend_label"
        case frontendLabels = "frontend_labels"
        case note
        case backendType = "backend_type"
        case backendModel = "backend_model"
        case sourceModel = "source_model"
        case defaultValue = "default_value"
        case isUnique = "is_unique"
        case frontendClass = "frontend_class"
        case validationRules = "validation_rules"
        case customAttributes = "custom_attributes"
    }
}
