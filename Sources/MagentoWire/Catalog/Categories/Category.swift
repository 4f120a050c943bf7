/// `catalog-data-category-interface`: a category as `/V1/categories/:id` sends and receives it.
///
/// Every field is optional because input may be partial. Output keys follow `CategoryInterface`'s
/// getter order; nil fields, an empty `extension_attributes` and an empty `custom_attributes` are
/// omitted. `custom_attributes` (`url_key`, `description`, `display_mode`, …) is read in list or map form.
public struct Category: Codable, Sendable, Equatable {
    public var id: Int?
    public var parentId: Int?
    public var name: String?
    public var isActive: Bool?
    public var position: Int?
    public var level: Int?
    /// Child category ids as a comma-separated **string**, `"3,4,5"`.
    public var children: String?
    public var createdAt: String?
    public var updatedAt: String?
    /// Ids from the tree root, `"1/2/5"`.
    public var path: String?
    public var availableSortBy: [String]?
    public var includeInMenu: Bool?
    public var extensionAttributes: JSONObject?
    public var customAttributes: [CustomAttribute]?

    public init(
        id: Int? = nil,
        parentId: Int? = nil,
        name: String? = nil,
        isActive: Bool? = nil,
        position: Int? = nil,
        level: Int? = nil,
        children: String? = nil,
        createdAt: String? = nil,
        updatedAt: String? = nil,
        path: String? = nil,
        availableSortBy: [String]? = nil,
        includeInMenu: Bool? = nil,
        extensionAttributes: JSONObject? = nil,
        customAttributes: [CustomAttribute]? = nil
    ) {
        self.id = id
        self.parentId = parentId
        self.name = name
        self.isActive = isActive
        self.position = position
        self.level = level
        self.children = children
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.path = path
        self.availableSortBy = availableSortBy
        self.includeInMenu = includeInMenu
        self.extensionAttributes = extensionAttributes
        self.customAttributes = customAttributes
    }

    enum CodingKeys: String, CodingKey {
        case id
        case parentId = "parent_id"
        case name
        case isActive = "is_active"
        case position, level, children
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case path
        case availableSortBy = "available_sort_by"
        case includeInMenu = "include_in_menu"
        case extensionAttributes = "extension_attributes"
        case customAttributes = "custom_attributes"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(Int.self, forKey: .id)
        parentId = try container.decodeIfPresent(Int.self, forKey: .parentId)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        isActive = try container.decodeIfPresent(Bool.self, forKey: .isActive)
        position = try container.decodeIfPresent(Int.self, forKey: .position)
        level = try container.decodeIfPresent(Int.self, forKey: .level)
        children = try container.decodeIfPresent(String.self, forKey: .children)
        createdAt = try container.decodeIfPresent(String.self, forKey: .createdAt)
        updatedAt = try container.decodeIfPresent(String.self, forKey: .updatedAt)
        path = try container.decodeIfPresent(String.self, forKey: .path)
        availableSortBy = try container.decodeIfPresent([String].self, forKey: .availableSortBy)
        includeInMenu = try container.decodeIfPresent(Bool.self, forKey: .includeInMenu)
        extensionAttributes = try container.decodeIfPresent(JSONObject.self, forKey: .extensionAttributes)
        customAttributes = try container.decodeIfPresent(CustomAttributeList.self, forKey: .customAttributes)?
            .attributes
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(parentId, forKey: .parentId)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(isActive, forKey: .isActive)
        try container.encodeIfPresent(position, forKey: .position)
        try container.encodeIfPresent(level, forKey: .level)
        try container.encodeIfPresent(children, forKey: .children)
        try container.encodeIfPresent(createdAt, forKey: .createdAt)
        try container.encodeIfPresent(updatedAt, forKey: .updatedAt)
        try container.encodeIfPresent(path, forKey: .path)
        try container.encodeIfPresent(availableSortBy, forKey: .availableSortBy)
        try container.encodeIfPresent(includeInMenu, forKey: .includeInMenu)
        if let extensionAttributes, !extensionAttributes.isEmpty {
            try container.encode(extensionAttributes, forKey: .extensionAttributes)
        }
        if let customAttributes, !customAttributes.isEmpty {
            try container.encode(customAttributes, forKey: .customAttributes)
        }
    }
}

extension Category: CustomAttributeCarrying {}
