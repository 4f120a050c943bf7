import Foundation

/// `tax-data-tax-rate-interface`: one rate for a country, region and postcode (or numeric
/// postcode range), `/V1/taxRates`.
public struct TaxRate: Codable, Sendable, Equatable {
    public var id: Int?
    public var taxCountryId: String?
    /// 0 means every region.
    public var taxRegionId: Int?
    public var regionName: String?
    /// `*`, a pattern with `*` wildcards, or `from-to` for a range.
    public var taxPostcode: String?
    public var zipIsRange: Int?
    public var zipFrom: Int?
    public var zipTo: Int?
    /// The percentage, e.g. 8.25.
    public var rate: Decimal?
    public var code: String?
    public var titles: [TaxRateTitle]?
    public var extensionAttributes: JSONObject?

    public init(
        id: Int? = nil, taxCountryId: String? = nil, taxRegionId: Int? = nil, regionName: String? = nil,
        taxPostcode: String? = nil, zipIsRange: Int? = nil, zipFrom: Int? = nil, zipTo: Int? = nil,
        rate: Decimal? = nil, code: String? = nil, titles: [TaxRateTitle]? = nil, extensionAttributes: JSONObject? = nil
    ) {
        self.id = id
        self.taxCountryId = taxCountryId
        self.taxRegionId = taxRegionId
        self.regionName = regionName
        self.taxPostcode = taxPostcode
        self.zipIsRange = zipIsRange
        self.zipFrom = zipFrom
        self.zipTo = zipTo
        self.rate = rate
        self.code = code
        self.titles = titles
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case id
        case taxCountryId = "tax_country_id"
        case taxRegionId = "tax_region_id"
        case regionName = "region_name"
        case taxPostcode = "tax_postcode"
        case zipIsRange = "zip_is_range"
        case zipFrom = "zip_from"
        case zipTo = "zip_to"
        case rate
        case code
        case titles
        case extensionAttributes = "extension_attributes"
    }
}

/// `tax-data-tax-rate-title-interface`: the rate's label in one store view.
public struct TaxRateTitle: Codable, Sendable, Equatable {
    public var storeId: String?
    public var value: String?

    public init(storeId: String? = nil, value: String? = nil) {
        self.storeId = storeId
        self.value = value
    }

    enum CodingKeys: String, CodingKey {
        case storeId = "store_id"
        case value
    }
}
