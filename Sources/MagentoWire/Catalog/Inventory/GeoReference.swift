/// `inventory-distance-based-source-selection-api-data-lat-lng-interface`: a point in degrees.
public struct LatLng: Codable, Sendable, Equatable {
    public var lat: Double
    public var lng: Double

    public init(lat: Double, lng: Double) {
        self.lat = lat
        self.lng = lng
    }
}

/// `inventory-source-selection-api-data-address-interface`: the address a distance lookup starts from.
public struct GeoAddress: Codable, Sendable, Equatable {
    public var country: String
    public var postcode: String
    public var street: String
    public var region: String
    public var city: String

    public init(country: String, postcode: String = "", street: String = "", region: String = "", city: String = "") {
        self.country = country
        self.postcode = postcode
        self.street = street
        self.region = region
        self.city = city
    }

    /// Magento's own address objects take every part, but storefront and ERP callers leave the
    /// ones they lack out; a missing part is an empty one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        country = try container.decode(String.self, forKey: .country)
        postcode = try container.decodeIfPresent(String.self, forKey: .postcode) ?? ""
        street = try container.decodeIfPresent(String.self, forKey: .street) ?? ""
        region = try container.decodeIfPresent(String.self, forKey: .region) ?? ""
        city = try container.decodeIfPresent(String.self, forKey: .city) ?? ""
    }

    enum CodingKeys: String, CodingKey {
        case country, postcode, street, region, city
    }

    /// How Magento names the address in "Unknown geoname for %1": its parts joined by one space,
    /// empty ones included.
    public var magentoDescription: String {
        [street, postcode, city, region, country].joined(separator: " ")
    }
}

/// One row of MSI's `inventory_geoname` table, as geonames.org's postal-code files give it.
public struct Geoname: Codable, Sendable, Equatable {
    public var countryCode: String
    public var postcode: String
    public var city: String
    public var region: String
    public var province: String
    public var latitude: Double
    public var longitude: Double

    public init(countryCode: String, postcode: String, city: String = "", region: String = "", province: String = "",
                latitude: Double, longitude: Double) {
        self.countryCode = countryCode
        self.postcode = postcode
        self.city = city
        self.region = region
        self.province = province
        self.latitude = latitude
        self.longitude = longitude
    }

    /// geonames.org leaves place names blank for some postcodes; only the key and the point are required.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        countryCode = try container.decode(String.self, forKey: .countryCode)
        postcode = try container.decode(String.self, forKey: .postcode)
        city = try container.decodeIfPresent(String.self, forKey: .city) ?? ""
        region = try container.decodeIfPresent(String.self, forKey: .region) ?? ""
        province = try container.decodeIfPresent(String.self, forKey: .province) ?? ""
        latitude = try container.decode(Double.self, forKey: .latitude)
        longitude = try container.decode(Double.self, forKey: .longitude)
    }

    enum CodingKeys: String, CodingKey {
        case countryCode = "country_code"
        case postcode, city, region, province, latitude, longitude
    }
}
