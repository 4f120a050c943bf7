/// `customer-data-attribute-metadata-interface`: how one customer or address attribute is shown
/// and checked, as `GET /V1/attributeMetadata/customer…` and `…/customerAddress…` answer it.
public struct CustomerAttributeMetadata: Codable, Sendable, Equatable {
    public struct Option: Codable, Sendable, Equatable {
        public var label: String
        public var value: String

        public init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }

    public struct ValidationRule: Codable, Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public var frontendInput: String
    public var inputFilter: String
    public var storeLabel: String
    public var validationRules: [ValidationRule]
    public var multilineCount: Int
    public var visible: Bool
    public var required: Bool
    public var dataModel: String
    public var options: [Option]
    public var frontendClass: String
    public var userDefined: Bool
    public var sortOrder: Int
    public var frontendLabel: String
    public var note: String
    public var system: Bool
    public var backendType: String
    public var isUsedInGrid: Bool
    public var isVisibleInGrid: Bool
    public var isFilterableInGrid: Bool
    public var isSearchableInGrid: Bool
    public var attributeCode: String

    public init(
        attributeCode: String, frontendInput: String, label: String, backendType: String, sortOrder: Int,
        required: Bool = false, visible: Bool = true, inputFilter: String = "", validationRules: [ValidationRule] = [],
        multilineCount: Int = 0, options: [Option] = [], frontendClass: String = "", inGrid: Bool = false
    ) {
        self.frontendInput = frontendInput
        self.inputFilter = inputFilter
        self.storeLabel = label
        self.validationRules = validationRules
        self.multilineCount = multilineCount
        self.visible = visible
        self.required = required
        self.dataModel = ""
        self.options = options
        self.frontendClass = frontendClass
        self.userDefined = false
        self.sortOrder = sortOrder
        self.frontendLabel = label
        self.note = ""
        self.system = true
        self.backendType = backendType
        self.isUsedInGrid = inGrid
        self.isVisibleInGrid = inGrid
        self.isFilterableInGrid = inGrid
        self.isSearchableInGrid = inGrid
        self.attributeCode = attributeCode
    }

    enum CodingKeys: String, CodingKey {
        case frontendInput = "frontend_input"
        case inputFilter = "input_filter"
        case storeLabel = "store_label"
        case validationRules = "validation_rules"
        case multilineCount = "multiline_count"
        case visible, required
        case dataModel = "data_model"
        case options
        case frontendClass = "frontend_class"
        case userDefined = "user_defined"
        case sortOrder = "sort_order"
        case frontendLabel = "frontend_label"
        case note, system
        case backendType = "backend_type"
        case isUsedInGrid = "is_used_in_grid"
        case isVisibleInGrid = "is_visible_in_grid"
        case isFilterableInGrid = "is_filterable_in_grid"
        case isSearchableInGrid = "is_searchable_in_grid"
        case attributeCode = "attribute_code"
    }
}
