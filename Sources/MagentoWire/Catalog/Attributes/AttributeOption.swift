/// `eav-data-attribute-option-interface`: one choice of a select or multiselect attribute.
/// `value` is the option id as a **string** (empty for a new option on input).
public struct AttributeOption: Codable, Sendable, Equatable {
    public var label: String?
    public var value: String?
    public var sortOrder: Int?
    public var isDefault: Bool?
    public var storeLabels: [AttributeOptionLabel]?

    public init(
        label: String? = nil,
        value: String? = nil,
        sortOrder: Int? = nil,
        isDefault: Bool? = nil,
        storeLabels: [AttributeOptionLabel]? = nil
    ) {
        self.label = label
        self.value = value
        self.sortOrder = sortOrder
        self.isDefault = isDefault
        self.storeLabels = storeLabels
    }

    enum CodingKeys: String, CodingKey {
        case label
        case value
        case sortOrder = "sort_order"
        case isDefault = "is_default"
        case storeLabels = "store_labels"
    }
}
