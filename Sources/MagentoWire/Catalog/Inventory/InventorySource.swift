import Foundation

/// `inventory-api-data-source-interface`: an MSI source (warehouse or store), `/V1/inventory/sources`.
/// The default source code is `default`.
public struct InventorySource: Codable, Sendable, Equatable {
    public var sourceCode: String?
    public var name: String?
    public var email: String?
    public var contactName: String?
    public var enabled: Bool?
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
    public var fax: String?
    public var useDefaultCarrierConfig: Bool?
    public var carrierLinks: [SourceCarrierLink]?
    /// In-store pickup fields (`is_pickup_location_active`, …), kept as sent.
    public var extensionAttributes: JSONObject?

    public init(
        sourceCode: String? = nil,
        name: String? = nil,
        email: String? = nil,
        contactName: String? = nil,
        enabled: Bool? = nil,
        description: String? = nil,
        latitude: Decimal? = nil,
        longitude: Decimal? = nil,
        countryId: String? = nil,
        regionId: Int? = nil,
        region: String? = nil,
        city: String? = nil,
        street: String? = nil,
        postcode: String? = nil,
        phone: String? = nil,
        fax: String? = nil,
        useDefaultCarrierConfig: Bool? = nil,
        carrierLinks: [SourceCarrierLink]? = nil,
        extensionAttributes: JSONObject? = nil
    ) {
        self.sourceCode = sourceCode
        self.name = name
        self.email = email
        self.contactName = contactName
        self.enabled = enabled
        self.description = description
        self.latitude = latitude
        self.longitude = longitude
        self.countryId = countryId
        self.regionId = regionId
        self.region = region
        self.city = city
        self.street = street
        self.postcode = postcode
        self.phone = phone
        self.fax = fax
        self.useDefaultCarrierConfig = useDefaultCarrierConfig
        self.carrierLinks = carrierLinks
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case sourceCode = "source_code"
        case name
        case email
        case contactName = "contact_name"
        case enabled
        case description
        case latitude
        case longitude
        case countryId = "country_id"
        case regionId = "region_id"
        case region
        case city
        case street
        case postcode
        case phone
        case fax
        case useDefaultCarrierConfig = "use_default_carrier_config"
        case carrierLinks = "carrier_links"
        case extensionAttributes = "extension_attributes"
    }
}
