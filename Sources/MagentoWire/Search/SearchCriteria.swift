/// Magento's `searchCriteria` argument, shared by every list endpoint.
///
/// Keys are Magento's snake_case names; the server's binder also accepts the camelCase forms
/// (`filterGroups`, `conditionType`, `pageSize`, …) at every level.
public struct SearchCriteria: Codable, Sendable, Equatable {
    public var filterGroups: [FilterGroup]
    public var sortOrders: [SortOrder]?
    public var pageSize: Int?
    public var currentPage: Int?

    public init(
        filterGroups: [FilterGroup] = [],
        sortOrders: [SortOrder]? = nil,
        pageSize: Int? = nil,
        currentPage: Int? = nil
    ) {
        self.filterGroups = filterGroups
        self.sortOrders = sortOrders
        self.pageSize = pageSize
        self.currentPage = currentPage
    }

    enum CodingKeys: String, CodingKey {
        case filterGroups = "filter_groups"
        case sortOrders = "sort_orders"
        case pageSize = "page_size"
        case currentPage = "current_page"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // `filter_groups` is always echoed, so a missing one is simply "no filters".
        self.filterGroups = try container.decodeIfPresent([FilterGroup].self, forKey: .filterGroups) ?? []
        self.sortOrders = try container.decodeIfPresent([SortOrder].self, forKey: .sortOrders)
        self.pageSize = try container.decodeIfPresent(Int.self, forKey: .pageSize)
        self.currentPage = try container.decodeIfPresent(Int.self, forKey: .currentPage)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(filterGroups, forKey: .filterGroups)
        try container.encodeIfPresent(sortOrders, forKey: .sortOrders)
        try container.encodeIfPresent(pageSize, forKey: .pageSize)
        try container.encodeIfPresent(currentPage, forKey: .currentPage)
    }
}

/// Filters inside one group are ORed; groups are ANDed.
public struct FilterGroup: Codable, Sendable, Equatable {
    public var filters: [Filter]

    public init(filters: [Filter]) {
        self.filters = filters
    }

    enum CodingKeys: String, CodingKey {
        case filters
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.filters = try container.decodeIfPresent([Filter].self, forKey: .filters) ?? []
    }
}

/// One condition: `field <condition_type> value`. Values travel as strings, as Magento echoes them.
public struct Filter: Codable, Sendable, Equatable {
    public var field: String
    public var value: String?
    public var conditionType: String?

    public init(field: String, value: String?, conditionType: String? = nil) {
        self.field = field
        self.value = value
        self.conditionType = conditionType
    }

    enum CodingKeys: String, CodingKey {
        case field
        case value
        case conditionType = "condition_type"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.field = try container.decodeIfPresent(String.self, forKey: .field) ?? ""
        self.value = try container.decodeIfPresent(String.self, forKey: .value)
        self.conditionType = try container.decodeIfPresent(String.self, forKey: .conditionType)
    }
}

/// A sort key. Magento sorts DESC when the direction is missing (its processor tests `== "ASC"`).
public struct SortOrder: Codable, Sendable, Equatable {
    public var field: String
    public var direction: String?

    public init(field: String, direction: String? = nil) {
        self.field = field
        self.direction = direction
    }

    enum CodingKeys: String, CodingKey {
        case field
        case direction
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.field = try container.decodeIfPresent(String.self, forKey: .field) ?? ""
        self.direction = try container.decodeIfPresent(String.self, forKey: .direction)
    }
}
