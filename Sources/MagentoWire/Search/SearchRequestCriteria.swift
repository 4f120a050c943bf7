/// The criteria of `GET /V1/search` (Magento's `Framework\Api\Search\SearchCriteriaInterface`):
/// searchCriteria plus the name of the search request to run (`quick_search_container`, …).
public struct SearchRequestCriteria: Codable, Sendable, Equatable {
    public var requestName: String?
    public var filterGroups: [FilterGroup]
    public var sortOrders: [SortOrder]?
    public var pageSize: Int?
    public var currentPage: Int?

    public init(requestName: String? = nil, filterGroups: [FilterGroup] = [], sortOrders: [SortOrder]? = nil, pageSize: Int? = nil, currentPage: Int? = nil) {
        self.requestName = requestName
        self.filterGroups = filterGroups
        self.sortOrders = sortOrders
        self.pageSize = pageSize
        self.currentPage = currentPage
    }

    enum CodingKeys: String, CodingKey {
        case requestName = "request_name"
        case filterGroups = "filter_groups"
        case sortOrders = "sort_orders"
        case pageSize = "page_size"
        case currentPage = "current_page"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.requestName = try container.decodeIfPresent(String.self, forKey: .requestName)
        self.filterGroups = try container.decodeIfPresent([FilterGroup].self, forKey: .filterGroups) ?? []
        self.sortOrders = try container.decodeIfPresent([SortOrder].self, forKey: .sortOrders)
        self.pageSize = try container.decodeIfPresent(Int.self, forKey: .pageSize)
        self.currentPage = try container.decodeIfPresent(Int.self, forKey: .currentPage)
    }
}

/// `GET /V1/search`'s answer (`Framework\Api\Search\SearchResultInterface`): matching documents
/// (ids and their relevance), the facets of all matches, the criteria echoed, the total.
public struct SearchDocumentResults: Codable, Sendable, Equatable {
    public var items: [SearchDocument]
    public var aggregations: SearchAggregations
    public var searchCriteria: SearchRequestCriteria
    public var totalCount: Int

    public init(items: [SearchDocument], aggregations: SearchAggregations, searchCriteria: SearchRequestCriteria, totalCount: Int) {
        self.items = items
        self.aggregations = aggregations
        self.searchCriteria = searchCriteria
        self.totalCount = totalCount
    }

    enum CodingKeys: String, CodingKey {
        case items, aggregations
        case searchCriteria = "search_criteria"
        case totalCount = "total_count"
    }
}

/// One matching product: its id and its `score` as a custom attribute.
public struct SearchDocument: Codable, Sendable, Equatable {
    public var id: Int
    public var customAttributes: [CustomAttribute]?

    public init(id: Int, customAttributes: [CustomAttribute]? = nil) {
        self.id = id
        self.customAttributes = customAttributes
    }

    enum CodingKeys: String, CodingKey {
        case id
        case customAttributes = "custom_attributes"
    }
}

public struct SearchAggregations: Codable, Sendable, Equatable {
    public var buckets: [SearchBucket]
    public var bucketNames: [String]

    public init(buckets: [SearchBucket]) {
        self.buckets = buckets
        self.bucketNames = buckets.map(\.name)
    }

    enum CodingKeys: String, CodingKey {
        case buckets
        case bucketNames = "bucket_names"
    }
}

/// A facet: `category_bucket` values are category ids with metrics `[value, count]`;
/// `price_bucket` values are `from_to` ranges with metrics `[from, to, count]`.
public struct SearchBucket: Codable, Sendable, Equatable {
    public struct Value: Codable, Sendable, Equatable {
        public var value: String
        public var metrics: [String]

        public init(value: String, metrics: [String]) {
            self.value = value
            self.metrics = metrics
        }
    }

    public var name: String
    public var values: [Value]

    public init(name: String, values: [Value]) {
        self.name = name
        self.values = values
    }
}
