/// `store-data-website-interface`: `{id, code, name, default_group_id}`.
public struct Website: Codable, Sendable, Equatable {
    public var id: Int
    public var code: String
    public var name: String
    public var defaultGroupId: Int

    public init(id: Int, code: String, name: String, defaultGroupId: Int) {
        self.id = id
        self.code = code
        self.name = name
        self.defaultGroupId = defaultGroupId
    }

    enum CodingKeys: String, CodingKey {
        case id, code, name
        case defaultGroupId = "default_group_id"
    }
}

/// `store-data-group-interface`: `{id, website_id, root_category_id, default_store_id, name, code}`.
public struct StoreGroup: Codable, Sendable, Equatable {
    public var id: Int
    public var websiteId: Int
    public var rootCategoryId: Int
    public var defaultStoreId: Int
    public var name: String
    public var code: String

    public init(id: Int, websiteId: Int, rootCategoryId: Int, defaultStoreId: Int, name: String, code: String) {
        self.id = id
        self.websiteId = websiteId
        self.rootCategoryId = rootCategoryId
        self.defaultStoreId = defaultStoreId
        self.name = name
        self.code = code
    }

    enum CodingKeys: String, CodingKey {
        case id
        case websiteId = "website_id"
        case rootCategoryId = "root_category_id"
        case defaultStoreId = "default_store_id"
        case name, code
    }
}

/// `store-data-store-interface`: exactly `{id, code, name, website_id, store_group_id, is_active}`.
/// At least one client decodes this into a fixed record and fails on any extra key.
public struct StoreView: Codable, Sendable, Equatable {
    public var id: Int
    public var code: String
    public var name: String
    public var websiteId: Int
    public var storeGroupId: Int
    public var isActive: Int

    public init(id: Int, code: String, name: String, websiteId: Int, storeGroupId: Int, isActive: Int) {
        self.id = id
        self.code = code
        self.name = name
        self.websiteId = websiteId
        self.storeGroupId = storeGroupId
        self.isActive = isActive
    }

    enum CodingKeys: String, CodingKey {
        case id, code, name
        case websiteId = "website_id"
        case storeGroupId = "store_group_id"
        case isActive = "is_active"
    }
}

/// `store-data-store-config-interface`: one store view's locale, currency and URLs.
public struct StoreConfig: Codable, Sendable, Equatable {
    public var id: Int
    public var code: String
    public var websiteId: Int
    public var locale: String
    public var baseCurrencyCode: String
    public var defaultDisplayCurrencyCode: String
    public var timezone: String
    public var weightUnit: String
    public var baseUrl: String
    public var baseLinkUrl: String
    public var baseStaticUrl: String
    public var baseMediaUrl: String
    public var secureBaseUrl: String
    public var secureBaseLinkUrl: String
    public var secureBaseStaticUrl: String
    public var secureBaseMediaUrl: String

    public init(
        id: Int, code: String, websiteId: Int, locale: String, baseCurrencyCode: String,
        defaultDisplayCurrencyCode: String, timezone: String, weightUnit: String,
        baseUrl: String, baseLinkUrl: String, baseStaticUrl: String, baseMediaUrl: String,
        secureBaseUrl: String, secureBaseLinkUrl: String, secureBaseStaticUrl: String,
        secureBaseMediaUrl: String
    ) {
        self.id = id
        self.code = code
        self.websiteId = websiteId
        self.locale = locale
        self.baseCurrencyCode = baseCurrencyCode
        self.defaultDisplayCurrencyCode = defaultDisplayCurrencyCode
        self.timezone = timezone
        self.weightUnit = weightUnit
        self.baseUrl = baseUrl
        self.baseLinkUrl = baseLinkUrl
        self.baseStaticUrl = baseStaticUrl
        self.baseMediaUrl = baseMediaUrl
        self.secureBaseUrl = secureBaseUrl
        self.secureBaseLinkUrl = secureBaseLinkUrl
        self.secureBaseStaticUrl = secureBaseStaticUrl
        self.secureBaseMediaUrl = secureBaseMediaUrl
    }

    enum CodingKeys: String, CodingKey {
        case id, code
        case websiteId = "website_id"
        case locale
        case baseCurrencyCode = "base_currency_code"
        case defaultDisplayCurrencyCode = "default_display_currency_code"
        case timezone
        case weightUnit = "weight_unit"
        case baseUrl = "base_url"
        case baseLinkUrl = "base_link_url"
        case baseStaticUrl = "base_static_url"
        case baseMediaUrl = "base_media_url"
        case secureBaseUrl = "secure_base_url"
        case secureBaseLinkUrl = "secure_base_link_url"
        case secureBaseStaticUrl = "secure_base_static_url"
        case secureBaseMediaUrl = "secure_base_media_url"
    }
}
