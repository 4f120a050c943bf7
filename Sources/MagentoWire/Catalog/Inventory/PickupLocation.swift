import Foundation

/// `inventory-in-store-pickup-api-data-pickup-location-interface`: a source shoppers may
/// collect orders from.
public struct PickupLocation: Codable, Sendable, Equatable {
    public var pickupLocationCode: String
    public var name: String?
    public var email: String?
    public var fax: String?
    public var contactName: String?
    public var description: String?
    public var latitude: Decimal?
    public var longitude: Decimal?
    public var countryId: String?
    public var regionId: Int?
    public var region: String?
    public var city: String?
    public var street: String?
    public var postcode: String?
    public var phone: String?
    public var extensionAttributes: JSONObject?

    public init(pickupLocationCode: String) {
        self.pickupLocationCode = pickupLocationCode
    }

    enum CodingKeys: String, CodingKey {
        case pickupLocationCode = "pickup_location_code"
        case name, email, fax
        case contactName = "contact_name"
        case description, latitude, longitude
        case countryId = "country_id"
        case regionId = "region_id"
        case region, city, street, postcode, phone
        case extensionAttributes = "extension_attributes"
    }
}

/// `inventory-in-store-pickup-api-data-search-request-interface`: which pickup locations a
/// storefront asks for: a website (`scope_code`), an area around a place, field filters, paging.
public struct PickupSearchRequest: Codable, Sendable, Equatable {
    public struct Area: Codable, Sendable, Equatable {
        /// Kilometres.
        public var radius: Int
        /// `"<postcode or city>:<country code>"`, as Magento's storefront sends it.
        public var searchTerm: String

        enum CodingKeys: String, CodingKey {
            case radius
            case searchTerm = "search_term"
        }
    }

    public struct Filter: Codable, Sendable, Equatable {
        public var value: String
        public var conditionType: String?

        enum CodingKeys: String, CodingKey {
            case value
            case conditionType = "condition_type"
        }
    }

    public struct Filters: Codable, Sendable, Equatable {
        public var country: Filter?
        public var postcode: Filter?
        public var region: Filter?
        public var regionId: Filter?
        public var city: Filter?
        public var street: Filter?
        public var name: Filter?
        public var pickupLocationCode: Filter?

        enum CodingKeys: String, CodingKey {
            case country, postcode, region
            case regionId = "region_id"
            case city, street, name
            case pickupLocationCode = "pickup_location_code"
        }
    }

    public var area: Area?
    public var filters: Filters?
    public var pageSize: Int?
    public var currentPage: Int?
    public var scopeType: String?
    public var scopeCode: String
    public var sort: [SortOrder]?
    public var extensionAttributes: JSONObject?

    enum CodingKeys: String, CodingKey {
        case area, filters
        case pageSize = "page_size"
        case currentPage = "current_page"
        case scopeType = "scope_type"
        case scopeCode = "scope_code"
        case sort
        case extensionAttributes = "extension_attributes"
    }
}

/// `inventory-in-store-pickup-api-data-search-result-interface`.
public struct PickupSearchResult: Codable, Sendable, Equatable {
    public var items: [PickupLocation]
    public var searchRequest: PickupSearchRequest
    public var totalCount: Int

    public init(items: [PickupLocation], searchRequest: PickupSearchRequest, totalCount: Int) {
        self.items = items
        self.searchRequest = searchRequest
        self.totalCount = totalCount
    }

    enum CodingKeys: String, CodingKey {
        case items
        case searchRequest = "search_request"
        case totalCount = "total_count"
    }
}

/// `inventory-in-store-pickup-sales-api-data-result-interface`: which orders could not be
/// marked ready for pickup, and why.
public struct PickupNotificationResult: Codable, Sendable, Equatable {
    public struct Failure: Codable, Sendable, Equatable {
        public var id: Int
        public var message: String

        public init(id: Int, message: String) {
            self.id = id
            self.message = message
        }
    }

    public var successful: Bool
    public var failed: [Failure]

    public init(failed: [Failure]) {
        self.successful = failed.isEmpty
        self.failed = failed
    }
}
